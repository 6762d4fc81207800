/* The cities on the map, and the legend beside them: the code every map shares.
 *
 * A map sent by the app carries only its data and one call to each function below; the app
 * serves this file, which each map frame loads over HTTP (gzipped, and not over the websocket
 * with every map), and a map that must open offline has it in the page. The data comes from
 * geo.maps.citylayer.CityLayer and geo.maps.mapping.LegendControl, which document its fields.
 *
 * Both draw into `parent`: the map, or (as the app and exports do) the cities' feature group,
 * which is put on the map after the calls. They act once it is on a map, and what they put on
 * the map itself (the legend control) goes when the group is taken off: a filter change in
 * the app replaces the group on the same map (geo.maps.mapping.CityMap). What must outlive a
 * group is kept on the map (map.atlas): whether the person has moved it, the legend folded
 * or not, the city selected.
 *
 * atlasCities(parent, data) draws the cities as circle markers made in a loop from columns of
 * numbers (on one canvas when data.canvas, else one SVG <path> per city). The columns are in
 * data, or (as the app sends them) in a file of every city of the atlas, data.points, fetched
 * once a page, of which data.shown says which to draw in which style (citylayer.ServedCityLayer);
 * the cities are then drawn when both are in, and the legend's fit waits for them. Where
 * Leaflet.markercluster is loaded, nearby cities are one cluster marker with their number;
 * cities sharing a coordinate are spread out ("spiderfy") at the deepest zoom. The selected
 * city (data.selected, a position) is kept out of the clusters and gets a ring, and when it is
 * newly selected the map is centred on it among its nearest cities, at data.deepest at most
 * (its country's borders, never its streets). Tooltips are text (textContent),
 * never HTML. The map's container gets data-atlas-cities="N" once the N cities are on the map.
 * A faded city (with a statement picked, one that did not sign it) is a grey dot that cannot be
 * clicked, drawn beneath the others and in no cluster: the clusters count the others alone
 * (data-atlas-faded="M" counts the faded).
 *
 * atlasLegend(parent, options) puts the legend (options.entries: each swatch's colour and
 * label, shown as text) in the bottom-right corner as a map control, a box that folds, folded on a map narrower than options.foldedBelow, and fits options.fit
 * bounds so that no city starts under a box on the map (the legend, a title box: fitClear):
 * on the map's first group, and again when the map or a box is resized, until the person
 * moves it; on a later group only if they have not moved it, or if none of the new cities is
 * in view. Otherwise the view stays as they left it.
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
        var size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 44 : 52;  // at most CLUSTER_RADIUS
        return L.divIcon({
            html: count.outerHTML,
            className: "marker-cluster atlas-cluster",
            iconSize: L.point(size, size)
        });
    }

    // A view the page sets (fitting the cities, centring the selected one) is taken at once:
    // the clusters jump to the new zoom, instead of the 0.3 s animation that follows a
    // person's zoom, during which the old clusters and the new ones are both on the map.
    // (Leaflet.markercluster keeps its animated and plain ways as _withAnimation and
    // _noAnimation; the plain one is swapped in for the change, then put back.)
    function atOnce(map, change) {
        var swapped = [];
        map.eachLayer(function (layer) {
            if (layer._noAnimation && layer._withAnimation) {
                var kept = {};
                Object.keys(layer._noAnimation).forEach(function (name) {
                    kept[name] = layer[name];
                });
                L.extend(layer, layer._noAnimation);
                swapped.push([layer, kept]);
            }
        });
        try {
            change();
        } finally {
            swapped.forEach(function (pair) { L.extend(pair[0], pair[1]); });
        }
    }

    // What a map keeps across the groups that replace each other on it.
    function stateOf(map) {
        if (!map.atlas) {
            var state = map.atlas = {
                touched: false, refit: null, recentre: null, legendOpen: null, selected: null,
                renderers: {}
            };
            L.DomEvent.on(map.getContainer(), "mousedown touchstart wheel keydown", function () {
                state.touched = true;
            });
            // The frame starts 150 px high in Streamlit: fit again at its size, until moved.
            map.on("resize", function () {
                var again = state.recentre || state.refit;
                if (!state.touched && again) { again(); }
            });
        }
        return map.atlas;
    }

    // Run act(map) once `parent` is on a map: now for a map, or when a group is added to one.
    function onMap(parent, act) {
        if (parent instanceof L.Map) {
            act(parent);
        } else if (parent._map) {
            act(parent._map);
        } else {
            parent.once("add", function () { act(parent._map); });
        }
    }

    function clustered(d) {
        if (!L.markerClusterGroup) {
            return L.featureGroup();
        }
        return L.markerClusterGroup({
            maxClusterRadius: d.radius,
            showCoverageOnHover: false,
            spiderfyOnMaxZoom: true,
            spiderLegPolylineOptions: {
                weight: 1.5, color: "#222222", opacity: 0.6, interactive: false
            },
            iconCreateFunction: clusterIcon
        });
    }

    function ring(map, chosen) {
        var pane = map.getPane("atlasSelected");
        if (!pane) {
            pane = map.createPane("atlasSelected");
            pane.style.zIndex = 640;  // over markers and clusters, under tooltips
            pane.style.pointerEvents = "none";
        }
        var renderers = stateOf(map).renderers;
        renderers.ring = renderers.ring || L.svg({pane: "atlasSelected"});
        // A white ring inside a dark one: seen on land, sea and every marker colour.
        return L.layerGroup([["#ffffff", 9], ["#111111", 4]].map(function (colour) {
            return L.circleMarker(chosen.getLatLng(), {
                pane: "atlasSelected", renderer: renderers.ring,
                radius: 26, color: colour[0], weight: colour[1], fill: false,
                interactive: false, className: "atlas-selected"
            });
        }));
    }

    // How many of its nearest cities a selected city is shown with.
    var NEIGHBOURS = 5;

    // The zoom at which the city at `at` is in view with its NEIGHBOURS nearest cities (of
    // `markers`), but no closer than `most`: a region with its country's borders, not streets.
    function neighboursZoom(map, at, markers, most) {
        var near = markers.map(function (m) {
            var there = m.getLatLng();
            return [at.distanceTo(there), Math.abs(there.lat - at.lat), Math.abs(there.lng - at.lng)];
        }).filter(function (n) { return n[0] > 0; }).sort(function (a, b) { return a[0] - b[0]; })
            .slice(0, NEIGHBOURS);
        if (!near.length) { return most; }
        var dLat = Math.max.apply(null, near.map(function (n) { return n[1]; }));
        var dLng = Math.max.apply(null, near.map(function (n) { return n[2]; }));
        var around = L.latLngBounds([at.lat - dLat, at.lng - dLng], [at.lat + dLat, at.lng + dLng]);
        return Math.min(map.getBoundsZoom(around, false, L.point(80, 80)), most);
    }

    // The zoom at which `chosen` is out of its cluster: one deeper than its parent cluster's.
    // Cities sharing a coordinate stay grouped at every zoom: zoom to where their cluster holds
    // only them.
    function splitZoom(map, chosen) {
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
        return zoom;
    }

    // Centre the map on the selected city, among its neighbours (no closer than `most`); a city
    // in view already keeps the person's zoom. A city that shares its coordinate with others
    // is in their cluster: zoomed in until the cluster holds them alone, to be spread out.
    function centreOn(map, chosen, markers, most) {
        var at = chosen.getLatLng();
        var zoom = neighboursZoom(map, at, markers, most);
        if (chosen.__parent) { zoom = Math.max(zoom, splitZoom(map, chosen)); }
        if (map.getBounds().contains(at)) { zoom = Math.max(zoom, map.getZoom()); }
        zoom = Math.min(zoom, map.getMaxZoom());
        atOnce(map, function () { map.setView(at, zoom, {animate: false}); });
    }

    // Whether no other city of `d` is at the selected one's coordinate.
    function aloneAtItsSpot(d) {
        for (var i = 0; i < d.lat.length; i++) {
            if (i !== d.selected && d.lat[i] === d.lat[d.selected]
                && d.lon[i] === d.lon[d.selected]) {
                return false;
            }
        }
        return true;
    }

    // One download a page: the file's text is kept on the Streamlit page when this frame may
    // reach it (a string outlives the frame that fetched it), and parsed once a frame.
    function memo() {
        try {
            return (window.parent.__atlasCities = window.parent.__atlasCities || {});
        } catch (error) {
            return (window.__atlasCities = window.__atlasCities || {});
        }
    }

    function unpacked(stream, format) {
        return new Response(stream.pipeThrough(new DecompressionStream(format)));
    }

    // A served gzipped JSON file (the cities', the names'), fetched once a page, parsed once
    // a frame; labels.js reads the names' file with it (window.atlasPackedJson).
    var parsed = {};
    function packedJson(source) {
        var url = new URL(source, document.baseURI).href, saved = memo();
        if (!parsed[url]) {
            var text = typeof saved[url] === "string" ? Promise.resolve(saved[url])
                : fetch(url).then(function (answer) {
                    if (!answer.ok) { throw new Error(url + ": HTTP " + answer.status); }
                    return unpacked(answer.body, "gzip").text();
                });
            parsed[url] = text.then(function (body) {
                saved[url] = body;
                return JSON.parse(body);
            });
        }
        return parsed[url];
    }

    window.atlasPackedJson = packedJson;

    // data.shown: a byte for each city of the file (0: not shown, else its style's number),
    // deflated, in base64.
    function shownOf(d) {
        var bytes = Uint8Array.from(atob(d.shown), function (c) { return c.charCodeAt(0); });
        return unpacked(new Blob([bytes]).stream(), "deflate").arrayBuffer().then(
            function (buffer) { return new Uint8Array(buffer); }
        );
    }

    // The columns of the cities shown, in drawing order: style 1's first, the last on top.
    function chosen(file, shown, d) {
        var buckets = d.styles.map(function () { return []; });
        for (var i = 0; i < shown.length; i++) {
            if (shown[i]) { buckets[shown[i] - 1].push(i); }
        }
        var columns = {
            lat: [], lon: [], label: [], pop: [], style: [], selected: -1, scale: file.scale
        };
        buckets.forEach(function (bucket, style) {
            bucket.forEach(function (at) {
                if (at === d.selected) { columns.selected = columns.lat.length; }
                columns.lat.push(file.lat[at]);
                columns.lon.push(file.lon[at]);
                columns.label.push(file.label[at]);
                columns.pop.push(file.pop ? file.pop[at] : 0);
                columns.style.push(style);
            });
        });
        return Object.assign({}, d, columns);
    }

    // The cities' layer, put on `parent` at once, empty: streamlit-folium listens to the clicks
    // of the layers on the map when the page's script has run, and reads the tooltip of the
    // layer clicked. Its markers come with fill().
    function citiesLayer(parent, map, d) {
        if (L.markerClusterGroup && map.getMaxZoom() === Infinity) {
            map.setMaxZoom(d.maxZoom);  // no tiles: set the zoom clusters end at
        }
        var layer = clustered(d).addTo(parent);
        return tipped(layer);
    }

    // A city's tooltip: its label, as text.
    function tipped(layer) {
        return layer.bindTooltip(function (marker) {
            var tip = document.createElement("div");
            tip.textContent = marker.label;
            return tip;
        }, {sticky: true, className: "foliumtooltip"});
    }

    // A renderer of cities, on the map at once. Leaflet's style puts a canvas (z-index 100)
    // under every SVG (200), the outlines' too: at 200 their order in the pane decides.
    function added(map, renderer) {
        renderer.addTo(map);
        renderer._container.style.zIndex = "200";
        return renderer;
    }

    // The renderer of the faded cities (those that cannot be clicked): one of each kind a map,
    // in the overlay pane over the outlines and under the cities' own renderers, whichever
    // came first.
    function fadedRenderer(map, canvas) {
        var renderers = stateOf(map).renderers, kind = canvas ? "fadedCanvas" : "fadedSvg";
        if (!renderers[kind]) {
            var mine = renderers[kind] = added(map, canvas ? L.canvas() : L.svg());
            var theirs = [renderers.svg, renderers.canvas].filter(function (r) {
                return r && r._container;
            }).map(function (r) { return r._container; });
            var pane = mine._container.parentNode;
            for (var node = pane.firstChild; node; node = node.nextSibling) {
                if (theirs.indexOf(node) >= 0) {
                    pane.insertBefore(mine._container, node);
                    break;
                }
            }
        }
        return renderers[kind];
    }

    // A faded city (a style that cannot be clicked, citylayer.marker_style) is drawn apart, in
    // a plain group beneath the others: in no cluster, and not counted.
    function fill(layer, parent, map, d) {
        var state = stateOf(map);
        var kind = d.canvas ? "canvas" : "svg";  // one renderer a map, whatever the group
        state.renderers[kind] = state.renderers[kind] || added(map, L[kind]());
        var styles = d.styles.map(function (s) {
            var renderer = s.interactive === false ? fadedRenderer(map, d.fadedCanvas)
                : state.renderers[kind];
            return Object.assign({renderer: renderer}, s);
        });
        // The selected city is never in a cluster, at any zoom (unless others share its
        // coordinate: their cluster spreads them out): on the map itself, over the others.
        var chosenAt = d.selected === null || d.selected === undefined ? -1 : d.selected;
        var alone = chosenAt >= 0 && chosenAt < d.lat.length && aloneAtItsSpot(d);
        var markers = new Array(d.lat.length), counted = [], faded = [], cities = 0;
        for (var i = 0; i < d.lat.length; i++) {
            var style = styles[d.style[i]];
            markers[i] = L.circleMarker([d.lat[i] / d.scale, d.lon[i] / d.scale], style);
            markers[i].label = d.label[i];
            markers[i].pop = d.pop ? d.pop[i] : 0;  // names on the map: the biggest first
            cities += style.interactive === false ? 0 : 1;
            if (!(alone && i === chosenAt)) {
                (style.interactive === false ? faded : counted).push(markers[i]);
            }
        }
        if (faded.length) {
            var beneath = L.layerGroup(faded);
            beneath.atlasFaded = true;
            beneath.addTo(parent);
        }
        if (layer.addLayers) {
            layer.addLayers(counted);
        } else {
            counted.forEach(function (marker) { layer.addLayer(marker); });
        }
        var chosenOne = markers[chosenAt];
        if (chosenOne) {
            if (alone) { tipped(chosenOne).addTo(parent); }
            ring(map, chosenOne).addTo(parent).eachLayer(function (circle) {
                circle.getElement().setAttribute("aria-label", chosenOne.label);
            });
            if (state.selected !== chosenOne.label) {
                // and again at the frame's size, until the person moves the map
                state.recentre = function () { centreOn(map, chosenOne, markers, d.deepest); };
                state.recentre();
            }
        } else {
            state.recentre = null;
        }
        state.selected = chosenOne ? chosenOne.label : null;
        map.getContainer().setAttribute("data-atlas-faded", String(d.lat.length - cities));
        map.getContainer().setAttribute("data-atlas-cities", String(cities));
        if (window.atlasLabelCities) {  // labels.js: names on the map
            window.atlasLabelCities(map, parent, layer, markers, chosenOne);
        }
    }

    window.atlasCities = function (parent, d) {
        onMap(parent, function (map) {
            var layer = citiesLayer(parent, map, d);
            if (!d.points) {
                fill(layer, parent, map, d);
                return;
            }
            parent.atlasDrawn = Promise.all([packedJson(d.points), shownOf(d)]).then(
                function (got) {
                    // a group taken off the map meanwhile (another filter change) stays off
                    if (parent === map || parent._map === map) {
                        fill(layer, parent, map, chosen(got[0], got[1], d));
                    }
                }
            );
            parent.atlasDrawn.catch(function (error) { console.error("cities:", error); });
        });
    };

    // Where the group's cities are (the ring's circles too, on the selected city).
    function cityPlaces(parent) {
        var places = [];
        parent.eachLayer(function (layer) {
            if (layer.atlasFaded) { return; }  // faded cities: not what the map is fitted to
            (layer.getLayers ? layer.getLayers() : [layer]).forEach(function (c) {
                if (c.getLatLng !== undefined) { places.push(c.getLatLng()); }
            });
        });
        return places;
    }

    // Whether any city of the group is in the map's view now.
    function anyInView(map, parent) {
        var view = map.getBounds();
        return cityPlaces(parent).some(function (place) { return view.contains(place); });
    }

    // Room kept between a city's centre and a box on the map: half a cluster's width and a gap.
    var CLEAR = 26;

    // The boxes on the page over the map (the legend, a title box) in the map's pixels.
    function boxesOver(map) {
        var at = map.getContainer().getBoundingClientRect();
        return Array.prototype.map.call(document.querySelectorAll(".atlas-box"), function (box) {
            var r = box.getBoundingClientRect();
            return {left: r.left - at.left, top: r.top - at.top,
                    right: r.right - at.left, bottom: r.bottom - at.top};
        }).filter(function (r) { return r.right > r.left && r.bottom > r.top; });
    }

    // How many `places` a view (centre and zoom) would put under one of `boxes`.
    function coveredIn(map, view, places, boxes) {
        var half = map.getSize().divideBy(2), middle = map.project(view.center, view.zoom);
        return places.filter(function (place) {
            var p = map.project(place, view.zoom).subtract(middle).add(half);
            return boxes.some(function (b) {
                return p.x > b.left - CLEAR && p.x < b.right + CLEAR
                    && p.y > b.top - CLEAR && p.y < b.bottom + CLEAR;
            });
        }).length;
    }

    // Fit `bounds` so that no city of `places` starts under a box on the map. Each box may be
    // left alone, or kept clear by fitting beside it or above (below) it: of these ways, the one
    // that covers the fewest cities, and of those the closest view.
    function fitClear(map, bounds, places, maxZoom) {
        var size = map.getSize(), boxes = boxesOver(map), best = null;
        for (var way = 0; way < Math.pow(3, boxes.length); way++) {
            var pad = {left: 20, top: 20, right: 20, bottom: 20};
            boxes.forEach(function (b, i) {
                var side = Math.floor(way / Math.pow(3, i)) % 3;
                if (side === 1 && b.left + b.right > size.x) {
                    pad.right = Math.max(pad.right, size.x - b.left + CLEAR);
                } else if (side === 1) {
                    pad.left = Math.max(pad.left, b.right + CLEAR);
                } else if (side === 2 && b.top + b.bottom > size.y) {
                    pad.bottom = Math.max(pad.bottom, size.y - b.top + CLEAR);
                } else if (side === 2) {
                    pad.top = Math.max(pad.top, b.bottom + CLEAR);
                }
            });
            if (pad.left + pad.right > size.x - 40 || pad.top + pad.bottom > size.y - 40) {
                continue;  // no room left for the cities
            }
            var options = {paddingTopLeft: [pad.left, pad.top],
                           paddingBottomRight: [pad.right, pad.bottom], maxZoom: maxZoom};
            var view = map._getBoundsCenterZoom(L.latLngBounds(bounds), options);
            view.covered = coveredIn(map, view, places, boxes);
            if (!best || view.covered < best.covered
                || (view.covered === best.covered && view.zoom > best.zoom)) {
                best = view;
            }
        }
        if (best) {
            atOnce(map, function () { map.setView(best.center, best.zoom, {animate: false}); });
        }
    }

    function legendBox(entries) {
        var box = document.createElement("details");
        box.className = "atlas-box atlas-legend leaflet-control";
        box.id = "atlas-legend";
        box.open = true;
        var summary = document.createElement("summary");
        summary.textContent = "Legend";
        box.appendChild(summary);
        entries.forEach(function (entry) {
            var row = document.createElement("div");
            var swatch = document.createElement("span");
            swatch.className = "atlas-swatch";
            swatch.style.background = entry[0];
            row.appendChild(swatch);
            row.appendChild(document.createTextNode(entry[1]));
            box.appendChild(row);
        });
        return box;
    }

    window.atlasLegend = function (parent, options) {
        onMap(parent, function (map) {
            var state = stateOf(map);
            var box = legendBox(options.entries);
            var control = L.control({position: "bottomright"});
            control.onAdd = function () {
                L.DomEvent.disableClickPropagation(box);
                L.DomEvent.disableScrollPropagation(box);
                return box;
            };
            control.addTo(map);
            if (state.legendOpen !== null) {
                box.open = state.legendOpen;  // as the person left the previous one
            } else if (map.getSize().x < options.foldedBelow) {
                box.open = false;
            }
            var fit = options.fit;
            // Every city in view and none under the legend or a title box (see fitClear); in
            // presentation, bounds of its own (PRESENT_JS in ui/presentation.py), kept for
            // the fits after.
            state.refit = function (bounds) {
                fit = bounds || fit;
                if (fit) { fitClear(map, fit, cityPlaces(parent), options.maxZoom); }
            };
            var refit = state.refit;
            function fitNow() {  // unless this group was replaced meanwhile
                if (fit && state.refit === refit && (!state.touched || !anyInView(map, parent))) {
                    refit();
                }
            }
            // The boxes take their place and size once the page's styles apply (and the legend
            // is folded or opened): fitted again then, until the person moves the map.
            var boxes = new ResizeObserver(function () {
                var again = state.recentre || (state.refit === refit && refit);
                if (!state.touched && again) { again(); }
            });
            document.querySelectorAll(".atlas-box").forEach(function (b) { boxes.observe(b); });
            if (parent !== map) {
                parent.once("remove", function () {
                    state.legendOpen = box.open;
                    state.refit = null;
                    boxes.disconnect();
                    map.removeControl(control);
                });
            }
            if (!parent.atlasDrawn || !state.touched) {
                fitNow();
            }
            if (parent.atlasDrawn) {
                parent.atlasDrawn.then(fitNow);  // where the cities are, once on the map
            }
        });
    };
})();
