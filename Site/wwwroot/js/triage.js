// Follows a clustering run on /staff/triage: updates the progress bar every second and reloads the page when
// the run ends. Without JavaScript the page shows the same progress on each reload.
(function () {
    "use strict";
    var box = document.querySelector(".cv-run-progress");
    if (!box || !window.fetch) return;
    var bar = box.querySelector("progress");
    var stage = box.querySelector(".cv-run-stage");
    function poll() {
        fetch(box.getAttribute("data-progress-url"), { headers: { Accept: "application/json" }, credentials: "same-origin" })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (run) {
                if (!run) return;
                if (run.status === "Succeeded" || run.status === "Failed") { window.location.reload(); return; }
                bar.value = Math.round(run.progress * 100);
                bar.textContent = bar.value + " %";
                if (run.stage) stage.textContent = run.stage;
                setTimeout(poll, 1000);
            })
            .catch(function () { setTimeout(poll, 3000); });
    }
    setTimeout(poll, 1000);
})();
