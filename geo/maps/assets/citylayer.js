/* The cities on the map, and the legend beside them: the code every map shares.
 *
 * A map sent by the app carries only its data and one call to each function below; the app
 * serves this file, which each map frame loads over HTTP (gzipped, and not over the websocket
 * with every map), and a map that must open offline has it in the page. The data comes from
 * geo.maps.citylayer.CityLayer and geo.maps.mapping.LegendControl, which document its fields.
 *
 * atlasCities(map, data) draws the cities as circle markers made in a loop from columns of
 * numbers (on one canvas when data.canvas, else one SVG <path> per city). Where
 * Leaflet.markercluster is loaded, nearby cities are one cluster marker with their number;
 * cities sharing a coordinate are spread out ("spiderfy") at the deepest zoom. The selected
 * city (data.selected, a position) gets a ring, and the map is centred on it, zoomed in until
 * it is out of its cluster. Tooltips are text (textContent), never HTML. The map's container
 * gets data-atlas-cities="N" once the N cities are on the map.
 *
 * atlasLegend(map, options) puts the page's #atlas-legend in the bottom-right corner as a map
 * control, folded on a map narrower than options.foldedBelow, and fits options.fit bounds in
 * the room it leaves.
 */
(function () {
    "use strict";

    function clusterIcon(cluster) {
        var n = cluster.getChildCount();
        var text = n + " cities: click to see them";
        if (cluster.getTooltip()) {
            cluster.setTooltipContent(text);
        } else {
            cluster.bindTooltip(text, {className: "foliumtooltip"});
        }
        var count = document.createElement("span");
        count.textContent = n;
        var size = n < 10 ? 30 : n < 100 ? 36 : 44;
        return L.divIcon({
            html: count.outerHTML,
            className: "marker-cluster atlas-cluster",
            iconSize: L.point(size, size)
        });
    }

    function group(map, markers, d) {
        if (!L.markerClusterGroup) {
            return L.featureGroup(markers).addTo(map);
        }
        if (map.getMaxZoom() === Infinity) {  // no tiles: set the zoom clusters end at
            map.setMaxZoom(d.maxZoom);
        }
        var clusters = L.markerClusterGroup({
            maxClusterRadius: d.radius,
            showCoverageOnHover: false,
            spiderfyOnMaxZoom: true,
            spiderLegPolylineOptions: {
                weight: 1.5, color: "#222222", opacity: 0.6, interactive: false
            },
            iconCreateFunction: clusterIcon
        }).addTo(map);
        clusters.addLayers(markers);
        return clusters;
    }

    function select(map, chosen, deepest) {
        var at = chosen.getLatLng();
        var pane = map.createPane("atlasSelected");
        pane.style.zIndex = 640;  // over markers and clusters, under tooltips
        pane.style.pointerEvents = "none";
        var ringRenderer = L.svg({pane: "atlasSelected"});
        // A white ring inside a dark one: seen on land, sea and every marker colour.
        [["#ffffff", 9], ["#111111", 4]].forEach(function (ring) {
            L.circleMarker(at, {
                pane: "atlasSelected", renderer: ringRenderer,
                radius: 26, color: ring[0], weight: ring[1], fill: false,
                interactive: false, className: "atlas-selected"
            }).addTo(map).getElement().setAttribute("aria-label", chosen.label);
        });
        // Zoom in until the city is out of its cluster: its parent cluster is the deepest zoom
        // at which it is grouped. Cities sharing a coordinate stay grouped at every zoom: zoom
        // to where their cluster holds only them.
        var parent = chosen.__parent, zoom = 0;
        if (parent && parent._zoom !== undefined) {
            zoom = parent._zoom + 1;
            if (parent._zoom === map.getMaxZoom()) {
                while (parent.__parent && parent.__parent._zoom !== undefined
                       && parent.__parent._childCount === parent._childCount) {
                    parent = parent.__parent;
                }
                zoom = parent._zoom;
            }
        }
        zoom = Math.min(Math.max(map.getZoom(), zoom), deepest);
        map.setView(at, zoom, {animate: false});
    }

    window.atlasCities = function (map, d) {
        var renderer = d.canvas ? L.canvas() : L.svg();
        var styles = d.styles.map(function (s) {
            return Object.assign({renderer: renderer}, s);
        });
        var markers = new Array(d.lat.length);
        for (var i = 0; i < d.lat.length; i++) {
            markers[i] = L.circleMarker(
                [d.lat[i] / d.scale, d.lon[i] / d.scale], styles[d.style[i]]
            );
            markers[i].label = d.label[i];
        }
        var layer = group(map, markers, d);
        layer.bindTooltip(function (marker) {
            var tip = document.createElement("div");
            tip.textContent = marker.label;
            return tip;
        }, {sticky: true, className: "foliumtooltip"});
        if (markers[d.selected]) {
            select(map, markers[d.selected], d.deepest);
        }
        map.getContainer().setAttribute("data-atlas-cities", String(d.lat.length));
        return layer;
    };

    window.atlasLegend = function (map, options) {
        var box = document.getElementById("atlas-legend");
        if (!box) { return; }
        var control = L.control({position: "bottomright"});
        control.onAdd = function () {
            L.DomEvent.disableClickPropagation(box);
            L.DomEvent.disableScrollPropagation(box);
            return box;
        };
        control.addTo(map);
        if (map.getSize().x < options.foldedBelow) { box.open = false; }
        var fit = options.fit;
        if (!fit) { return; }
        // Every city in view and none under the legend, in the room it leaves (unless the map
        // is too small for that). Again when the map is resized (its frame starts 150 px high
        // in Streamlit), until a person moves it.
        var touched = false;
        function fitCities() {
            var size = map.getSize();
            var room = [box.offsetWidth + 20, box.offsetHeight + 20];
            if (size.x < 2 * room[0] || size.y < 2 * room[1]) { room = [20, 20]; }
            map.fitBounds(fit, {
                paddingTopLeft: [20, 20], paddingBottomRight: room,
                maxZoom: options.maxZoom, animate: false
            });
        }
        fitCities();
        L.DomEvent.on(map.getContainer(), "mousedown touchstart wheel keydown", function () {
            touched = true;
        });
        map.on("resize", function () { if (!touched) { fitCities(); } });
    };
})();
