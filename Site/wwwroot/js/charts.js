// Draws the staff charts from the JSON block of /staff/triage/charts with Chart.js (served from /lib/chart.js).
(function () {
    "use strict";
    var source = document.getElementById("cv-chart-data");
    if (!source || !window.Chart) return;
    var data = JSON.parse(source.textContent);
    var blue = "#005ea2", gold = "#e5a000", green = "#00a91c";
    Chart.defaults.animation = false;
    function labels(rows) { return rows.map(function (r) { return r.label; }); }
    function values(rows, key) { return rows.map(function (r) { return r[key]; }); }

    new Chart(document.getElementById("cv-chart-clusters"), {
        type: "bar",
        data: {
            labels: labels(data.clusters),
            datasets: [
                { label: "Submissions", data: values(data.clusters, "size"), backgroundColor: blue, yAxisID: "size" },
                { label: "Score", data: values(data.clusters, "score"), backgroundColor: gold, yAxisID: "score" }
            ]
        },
        options: { scales: { size: { position: "left", beginAtZero: true }, score: { position: "right", min: 0, max: 100, grid: { drawOnChartArea: false } } } }
    });
    new Chart(document.getElementById("cv-chart-weeks"), {
        type: "line",
        data: { labels: labels(data.weeks), datasets: [{ label: "Published submissions", data: values(data.weeks, "count"), borderColor: blue, backgroundColor: blue }] },
        options: { scales: { y: { beginAtZero: true } } }
    });
    new Chart(document.getElementById("cv-chart-counties"), {
        type: "bar",
        data: {
            labels: labels(data.counties),
            datasets: [
                { label: "Share of submitters (%)", data: values(data.counties, "submitters"), backgroundColor: blue },
                { label: "Share of population (%)", data: values(data.counties, "population"), backgroundColor: green }
            ]
        },
        options: { scales: { y: { beginAtZero: true } } }
    });
})();
