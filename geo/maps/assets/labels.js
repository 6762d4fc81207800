/* Names on the map, as text in the page: cities, places nearby and countries, none overlapping.
 *
 * atlasLabels(map, source) gives a map its names for context: country names and GeoNames'
 * big places (geo.maps.placenames: {scale, countries: {name, lat, lon}, places: {...}}, each
 * in the order they are labelled), `source` being that object or the URL of it gzipped,
 * fetched once a page. atlasLabelCities(map, parent, layer, markers, chosen) is citylayer.js's
 * hook: the cities of a group (`parent`) just drawn, in `layer` (a cluster group or not),
 * `chosen` the selected city's marker or undefined; each marker has .label "City (Country)"
 * and .pop, a population by which its name comes first.
 *
 * The names are divs in a pane of their own (text a screen reader and a test read), placed
 * greedily after every move, zoom, resize, cluster change and fold of the legend: in order,
 * the selected city, the cities that stand out (a picked statement's signatories; the biggest
 * first), clusters by the biggest city in them, the cities that recede, places nearby (zoomed
 * in), then countries (zoomed out). A name is tried right of its dot, then left, above and
 * below, and kept only where it covers no other name, no dot or cluster, no box on the map
 * (legend, title, zoom buttons) and lies wholly inside the map. The container's
 * data-atlas-labels says how many are placed, once they are (it is taken off while the map
 * moves and until they are placed again).
 */
(function () {
    "use strict";

    var GAP = 3;                   // px between a dot and its name
    var EDGE = 4;                  // px kept free along the map's edges
    var RING = 26;                 // the selected city's ring (citylayer.js ring)
    var PLACES_FROM_ZOOM = 5;      // places for context from this zoom in
    var COUNTRIES_BELOW_ZOOM = 6;  // country names at zooms below this
    var PLACE_AREA = 50000;        // px² of map for each place named for context (at most)
    var CELL = 64;                 // px: the side of a cell of the collision grid

    // The names' file (served, fetched once a page by citylayer.js's atlasPackedJson), or its
    // data itself in a map that opens on its own.
    function load(source) {
        return typeof source === "string" ? window.atlasPackedJson(source)
            : Promise.resolve(source);
    }

    function stateOf(map) {
        if (!map.atlasNames) {
            var pane = map.createPane("atlasLabels");
            pane.style.zIndex = 645;  // over the selected city's ring, under tooltips
            pane.style.pointerEvents = "none";
            pane.classList.add("leaflet-zoom-hide");
            map.atlasNames = {pane: pane, context: null, cities: null, pending: false, sizes: {}};
            var again = function () { schedule(map); };
            map.on("moveend zoomend resize viewreset", again);
            map.on("movestart zoomstart", function () { stale(map); });
            // toggle does not bubble: caught on its way down (the legend folds or opens)
            map.getContainer().addEventListener("toggle", again, true);
        }
        return map.atlasNames;
    }

    // Until the names are placed again, the container says none are (tests wait for them).
    function stale(map) {
        map.getContainer().removeAttribute("data-atlas-labels");
    }

    function schedule(map) {
        var state = stateOf(map);
        stale(map);
        if (state.pending) { return; }
        state.pending = true;
        requestAnimationFrame(function () {
            state.pending = false;
            place(map);
        });
    }

    // "Frankfurt (Oder) (Germany)" is Frankfurt (Oder)
    function cityName(label) {
        return label.replace(/ \([^()]*\)$/, "");
    }

    // A city whose marker recedes (citylayer.marker_style: a faded city's opacity is below 1).
    function receding(marker) {
        return marker.options.opacity < 1;
    }

    function firstOf(a, b) {  // the city whose name goes first
        if (receding(a) !== receding(b)) { return receding(a) ? b : a; }
        return (b.pop || 0) > (a.pop || 0) ? b : a;
    }

    // Boxes in a grid of CELL px cells, for asking quickly whether a box overlaps one.
    function Grid() { this.cells = {}; }
    Grid.prototype.keys = function (box, each) {
        for (var x = Math.floor(box[0] / CELL); x <= Math.floor(box[2] / CELL); x++) {
            for (var y = Math.floor(box[1] / CELL); y <= Math.floor(box[3] / CELL); y++) {
                each(x + ":" + y);
            }
        }
    };
    Grid.prototype.add = function (box) {
        var cells = this.cells;
        this.keys(box, function (key) { (cells[key] = cells[key] || []).push(box); });
    };
    Grid.prototype.hits = function (box) {
        var cells = this.cells, hit = false;
        this.keys(box, function (key) {
            hit = hit || (cells[key] || []).some(function (other) {
                return box[0] < other[2] && other[0] < box[2]
                    && box[1] < other[3] && other[1] < box[3];
            });
        });
        return hit;
    };

    // What is on the map now: markers and clusters (with the city that names each), in view.
    function shownItems(cities, map) {
        var layer = cities.layer;
        var items = layer._featureGroup ? layer._featureGroup.getLayers() : cities.markers;
        var view = map.getBounds();
        return items.filter(function (item) {
            return item.getLatLng && view.contains(item.getLatLng());
        }).map(function (item) {
            if (item.getAllChildMarkers) {
                var size = item.options.icon.options.iconSize;
                return {
                    item: item, cluster: true, size: size ? size.x / 2 : 20,
                    city: item.getAllChildMarkers().reduce(firstOf)
                };
            }
            return {item: item, cluster: false, size: item.options.radius || 7, city: item};
        });
    }

    // The marker on the map that shows a city: its own, or the cluster it is in (markercluster's
    // getVisibleParent looks for an icon, which a circle marker has not).
    function shownAs(marker) {
        var item = marker;
        while (item && !item._map) { item = item.__parent; }
        return item || null;
    }

    function byPop(a, b) { return (b.city.pop || 0) - (a.city.pop || 0); }

    // Every name that could go on the map, in the order they are placed.
    function candidates(map, state, items) {
        var found = [], zoom = map.getZoom(), view = map.getBounds(), named = {};
        var cities = state.cities;
        if (cities) {
            var chosen = cities.chosen, taken = null;
            if (chosen && view.contains(chosen.getLatLng())) {
                taken = shownAs(chosen);
                if (taken) {
                    found.push({kind: "selected", text: cityName(chosen.label),
                                at: taken.getLatLng(), size: RING, obstacle: true});
                }
            }
            var rest = items.filter(function (entry) { return entry.item !== taken; });
            var order = [
                function (e) { return !e.cluster && !receding(e.city); },
                function (e) { return e.cluster && !receding(e.city); },
                function (e) { return !e.cluster && receding(e.city); },
                function (e) { return e.cluster && receding(e.city); }
            ];
            order.forEach(function (wanted) {
                rest.filter(wanted).sort(byPop).forEach(function (e) {
                    found.push({kind: receding(e.city) ? "receding" : "city",
                                text: cityName(e.city.label), at: e.item.getLatLng(),
                                size: e.size});
                });
            });
            cities.markers.forEach(function (marker) { named[cityName(marker.label)] = true; });
        }
        var context = state.context;
        if (context && zoom >= PLACES_FROM_ZOOM) {
            var size = map.getSize(), most = Math.max(2, Math.floor(size.x * size.y / PLACE_AREA));
            eachPoint(context, context.places, view, function (text, at) {
                if (!named[text]) {
                    found.push({kind: "place", text: text, at: at, size: 0, most: most});
                }
            });
        }
        if (context && zoom < COUNTRIES_BELOW_ZOOM) {
            var countries = context.countries, perDegree = 256 * Math.pow(2, zoom) / 360;
            eachPoint(context, countries, view, function (text, at, i) {
                found.push({kind: "country", text: text, at: at, size: 0, centred: true,
                            room: countries.width[i] / context.scale * perDegree});
            });
        }
        return found;
    }

    function eachPoint(context, points, view, act) {
        for (var i = 0; i < points.name.length; i++) {
            var at = L.latLng(points.lat[i] / context.scale, points.lon[i] / context.scale);
            if (view.contains(at)) { act(points.name[i], at, i); }
        }
    }

    // Each name's box in px, measured in the page with its own style, once a name and kind.
    function measure(state, found) {
        var probe = L.DomUtil.create("div", "", state.pane);
        probe.style.cssText = "position:absolute;left:-10000px;top:0;visibility:hidden";
        var fresh = [];
        found.forEach(function (c) {
            var key = c.kind + "\u0000" + c.text;
            if (!state.sizes[key] && !fresh[key]) {
                var el = L.DomUtil.create("div", "atlas-label atlas-label-" + c.kind, probe);
                el.textContent = c.text;
                fresh.push([key, el]);
                fresh[key] = true;
            }
        });
        fresh.forEach(function (pair) {  // none while the frame is hidden: measured again
            var wh = [pair[1].offsetWidth, pair[1].offsetHeight];
            if (wh[0] && wh[1]) { state.sizes[pair[0]] = wh; }
        });
        probe.remove();
    }

    // Where a name may go around its point: right, left, above, below, then the corners
    // (or centred on it).
    function spots(c, p, w, h) {
        if (c.centred) { return [[p.x - w / 2, p.y - h / 2]]; }
        var r = c.size + GAP, d = r * Math.SQRT1_2;
        return [
            [p.x + r, p.y - h / 2], [p.x - r - w, p.y - h / 2],
            [p.x - w / 2, p.y - r - h], [p.x - w / 2, p.y + r],
            [p.x + d, p.y - d - h], [p.x + d, p.y + d],
            [p.x - d - w, p.y - d - h], [p.x - d - w, p.y + d]
        ];
    }

    // The boxes nothing may cover: the boxes on the map and every dot and cluster shown.
    function obstacles(map, items, grid) {
        var container = map.getContainer(), origin = container.getBoundingClientRect();
        container.querySelectorAll(".leaflet-control, .atlas-box").forEach(function (box) {
            var r = box.getBoundingClientRect();
            if (r.width && r.height) {
                grid.add([r.left - origin.left, r.top - origin.top,
                          r.right - origin.left, r.bottom - origin.top]);
            }
        });
        items.forEach(function (e) {
            var p = map.latLngToContainerPoint(e.item.getLatLng());
            grid.add([p.x - e.size, p.y - e.size, p.x + e.size, p.y + e.size]);
        });
    }

    function place(map) {
        var state = stateOf(map), container = map.getContainer();
        Array.prototype.slice.call(state.pane.children).forEach(function (el) { el.remove(); });
        if (!state.cities && !state.context) { return; }
        var items = state.cities ? shownItems(state.cities, map) : [];
        var found = candidates(map, state, items), grid = new Grid(), size = map.getSize();
        measure(state, found);
        obstacles(map, items, grid);
        var placed = 0, places = 0;
        found.forEach(function (c) {
            if (c.most !== undefined && places >= c.most) { return; }
            var wh = state.sizes[c.kind + "\u0000" + c.text];
            if (!wh || (c.room !== undefined && wh[0] > c.room)) {
                return;  // unmeasured, or wider than its country
            }
            var w = wh[0], h = wh[1], p = map.latLngToContainerPoint(c.at);
            if (c.obstacle) { grid.add([p.x - c.size, p.y - c.size, p.x + c.size, p.y + c.size]); }
            var spot = spots(c, p, w, h).map(function (xy) {
                return [xy[0], xy[1], xy[0] + w, xy[1] + h];
            }).filter(function (box) {
                return box[0] >= EDGE && box[1] >= EDGE && box[2] <= size.x - EDGE
                    && box[3] <= size.y - EDGE && !grid.hits(box);
            })[0];
            if (!spot) { return; }
            grid.add(spot);
            var el = L.DomUtil.create("div", "atlas-label atlas-label-" + c.kind, state.pane);
            el.textContent = c.text;
            L.DomUtil.setPosition(el, map.containerPointToLayerPoint([spot[0], spot[1]]));
            placed += 1;
            places += c.kind === "place" ? 1 : 0;
        });
        container.setAttribute("data-atlas-labels", String(placed));
    }

    window.atlasLabels = function (map, source) {
        var state = stateOf(map);
        load(source).then(function (context) {
            state.context = context;
            schedule(map);
        }).catch(function (error) { console.error("names on the map:", error); });
    };

    window.atlasLabelCities = function (map, parent, layer, markers, chosen) {
        var state = stateOf(map), cities = {layer: layer, markers: markers, chosen: chosen};
        state.cities = cities;
        // clusters made or undone by a zoom, spread out or closed
        layer.on("animationend spiderfied unspiderfied", function () { schedule(map); });
        if (parent !== map) {
            parent.once("remove", function () {
                if (state.cities === cities) { state.cities = null; }
                schedule(map);
            });
        }
        schedule(map);
    };
})();
