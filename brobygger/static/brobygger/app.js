/* Brobygger: page behaviour. No inline scripts (the Content-Security-Policy forbids them). */
(function () {
  "use strict";
  if (window.DKFDS) { window.DKFDS.init(); }

  function initPrintButtons(root) {
    root.querySelectorAll(".js-print").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
  }

  // The map is an extra: the list beside it carries the same information, so any failure
  // here (no Leaflet, tiles that cannot load) leaves the page fully usable.
  function initMap(root) {
    var el = root.querySelector("#map");
    var data = root.querySelector("#map-points");
    if (!el || !data || !window.L) { return; }
    var points;
    try { points = JSON.parse(data.textContent); } catch (e) { return; }
    if (!points.length) { el.hidden = true; return; }
    var map = window.L.map(el, { scrollWheelZoom: false });
    window.L.tileLayer(el.dataset.tiles, {
      maxZoom: 18, attribution: el.dataset.attribution
    }).addTo(map);
    var bounds = [];
    points.forEach(function (p) {
      var marker = window.L.marker([p.lat, p.lon], { title: p.title, alt: p.title }).addTo(map);
      var link = document.createElement("a");
      link.href = p.url;
      link.textContent = p.title;
      var box = document.createElement("div");
      box.appendChild(link);
      box.appendChild(document.createElement("br"));
      box.appendChild(document.createTextNode(p.place || ""));
      marker.bindPopup(box);
      bounds.push([p.lat, p.lon]);
    });
    if (bounds.length === 1) { map.setView(bounds[0], 14); } else { map.fitBounds(bounds, { padding: [30, 30] }); }
  }

  initPrintButtons(document);
  initMap(document);
  document.body.addEventListener("htmx:afterSwap", function (event) {
    initPrintButtons(event.detail.target);
    initMap(event.detail.target);
  });
})();
