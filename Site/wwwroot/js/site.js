// Marks that scripts run, so the menu can fall back to a plain list when they do not (see site.css).
document.documentElement.classList.remove("no-js");
