// Draws the charts described in the page's JSON block (#cv-chart-data) with Chart.js, served from /lib/chart.js.
// The block maps each canvas id to { type, labels, datasets: [{ label, data, color, axis }], axes }. Every chart
// has its figures in a table beside it, so the page says the same without JavaScript.
(function () {
    "use strict";
    var source = document.getElementById("cv-chart-data");
    if (!source || !window.Chart) return;
    var charts = JSON.parse(source.textContent);
    Chart.defaults.animation = false;
    Object.keys(charts).forEach(function (id) {
        var canvas = document.getElementById(id);
        if (!canvas) return;
        var chart = charts[id];
        var scales = {};
        (chart.axes || [{ id: "y" }]).forEach(function (axis) {
            scales[axis.id] = { position: axis.position || "left", beginAtZero: true, max: axis.max, grid: { drawOnChartArea: axis.position !== "right" } };
        });
        new Chart(canvas, {
            type: chart.type,
            data: {
                labels: chart.labels,
                datasets: chart.datasets.map(function (d) {
                    return { label: d.label, data: d.data, backgroundColor: d.color, borderColor: d.color, yAxisID: d.axis || "y" };
                })
            },
            options: { scales: scales }
        });
    });
})();
