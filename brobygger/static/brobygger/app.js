/* Brobygger: page behaviour. No inline scripts (the Content-Security-Policy forbids them). */
(function () {
  "use strict";
  if (window.DKFDS) { window.DKFDS.init(); }

  // One listener for every print button, also those that htmx swaps in later.
  document.addEventListener("click", function (event) {
    if (event.target instanceof Element && event.target.closest(".js-print")) { window.print(); }
  });

  // The map is an extra: the list beside it carries the same information, so any failure
  // here (no Leaflet, tiles that cannot load) leaves the page fully usable.
  // htmx replaces the list and its map in place; a container carries no id (htmx would copy
  // the old map's classes onto the new one) and every map is removed once its container is
  // gone, so a container is never initialised twice and no old map lingers.
  var maps = [];

  function buildMap(el) {
    var data = document.getElementById(el.dataset.points || "");
    if (!data) { return null; }
    var points;
    try { points = JSON.parse(data.textContent); } catch (e) { return null; }
    if (!points.length) { el.hidden = true; return null; }
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
    return map;
  }

  // Remove the maps inside ``root`` (or all whose container has left the page).
  function removeMaps(root) {
    maps = maps.filter(function (map) {
      var el = map.getContainer();
      if (document.body.contains(el) && !(root && root.contains(el))) { return true; }
      map.remove();
      delete el.dataset.mapReady;
      return false;
    });
  }

  function initMaps() {
    removeMaps(null);
    if (!window.L) { return; }
    document.querySelectorAll(".js-map").forEach(function (el) {
      if (el.dataset.mapReady) { return; }
      var map = buildMap(el);
      if (map) { el.dataset.mapReady = "1"; maps.push(map); }
    });
  }

  initMaps();
  // htmx fires this once per swapped element (out-of-band ones too): initMaps is idempotent.
  document.body.addEventListener("htmx:afterSwap", initMaps);
  // The history snapshot must not hold a live map's markup: the restored page builds it anew.
  document.body.addEventListener("htmx:beforeHistorySave", function (event) {
    removeMaps(event.detail.historyElt);
  });
  document.body.addEventListener("htmx:afterSettle", initMaps);
})();
