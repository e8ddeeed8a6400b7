// While a resident types a title, show published submissions that look alike (the form also has a
// "check" button that does the same without JavaScript).
(function () {
  var region = document.getElementById("cv-similar");
  var title = document.getElementById("Input_Title");
  if (!region || !title || !window.fetch) return;
  var timer = null, last = "";

  function render(items) {
    region.textContent = "";
    if (!items.length) return;
    var heading = document.createElement("h2");
    heading.className = "cv-similar__heading";
    heading.textContent = region.getAttribute("data-heading");
    var list = document.createElement("ul");
    list.className = "usa-list";
    items.forEach(function (item) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = region.getAttribute("data-link") + item.id;
      a.textContent = item.title;
      li.appendChild(a);
      list.appendChild(li);
    });
    region.appendChild(heading);
    region.appendChild(list);
  }

  title.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var text = title.value.trim();
      if (text === last) return;
      last = text;
      if (text.length < 8) { render([]); return; }
      fetch(region.getAttribute("data-api") + "?text=" + encodeURIComponent(text), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) { if (title.value.trim() === text) render(items); })
        .catch(function () { /* suggestions are a help, never a blocker */ });
    }, 350);
  });
})();
