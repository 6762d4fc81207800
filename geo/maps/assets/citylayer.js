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
 * city (data.selected, a position) gets a ring, and when it is newly selected the map is
 * centred on it, zoomed in until it is out of its cluster. Tooltips are text (textContent),
 * never HTML. The map's container gets data-atlas-cities="N" once the N cities are on the map.
 *
 * atlasLegend(parent, options) puts the legend (options.entries: each swatch's colour and
 * label, shown as text) in the bottom-right corner as a map control, a box that folds, folded on a map narrower than options.foldedBelow, and fits options.fit
 * bounds in the room it leaves: on the map's first group, and again when the map is resized,
 * until the person moves it; on a later group only if they have not moved it, or if none of
 * the new cities is in view. Otherwise the view stays as they left it.
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
                touched: false, refit: null, legendOpen: null, selected: null, renderers: {}
            };
            L.DomEvent.on(map.getContainer(), "mousedown touchstart wheel keydown", function () {
                state.touched = true;
            });
            // The frame starts 150 px high in Streamlit: fit again at its size, until moved.
            map.on("resize", function () {
                if (!state.touched && state.refit) { state.refit(); }
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

    function centreOn(map, chosen, deepest) {
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
        atOnce(map, function () { map.setView(chosen.getLatLng(), zoom, {animate: false}); });
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

    var parsed = {};
    function allCities(source) {
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
        layer.bindTooltip(function (marker) {
            var tip = document.createElement("div");
            tip.textContent = marker.label;
            return tip;
        }, {sticky: true, className: "foliumtooltip"});
        return layer;
    }

    function fill(layer, parent, map, d) {
        var state = stateOf(map);
        var kind = d.canvas ? "canvas" : "svg";  // one renderer a map, whatever the group
        state.renderers[kind] = state.renderers[kind] || L[kind]();
        var styles = d.styles.map(function (s) {
            return Object.assign({renderer: state.renderers[kind]}, s);
        });
        var markers = new Array(d.lat.length);
        for (var i = 0; i < d.lat.length; i++) {
            markers[i] = L.circleMarker(
                [d.lat[i] / d.scale, d.lon[i] / d.scale], styles[d.style[i]]
            );
            markers[i].label = d.label[i];
            markers[i].pop = d.pop ? d.pop[i] : 0;  // names on the map: the biggest first
        }
        if (layer.addLayers) {
            layer.addLayers(markers);
        } else {
            markers.forEach(function (marker) { layer.addLayer(marker); });
        }
        var chosenOne = markers[d.selected];
        if (chosenOne) {
            ring(map, chosenOne).addTo(parent).eachLayer(function (circle) {
                circle.getElement().setAttribute("aria-label", chosenOne.label);
            });
            if (state.selected !== chosenOne.label) { centreOn(map, chosenOne, d.deepest); }
        }
        state.selected = chosenOne ? chosenOne.label : null;
        map.getContainer().setAttribute("data-atlas-cities", String(d.lat.length));
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
            parent.atlasDrawn = Promise.all([allCities(d.points), shownOf(d)]).then(
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

    // Whether any city of the group is in the map's view now.
    function anyInView(map, parent) {
        var view = map.getBounds(), found = false;
        parent.eachLayer(function (layer) {
            found = found || (layer.getLayers ? layer.getLayers() : [layer]).some(function (c) {
                return c.getLatLng !== undefined && view.contains(c.getLatLng());
            });
        });
        return found;
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
            if (parent !== map) {
                parent.once("remove", function () {
                    state.legendOpen = box.open;
                    state.refit = null;
                    map.removeControl(control);
                });
            }
            var fit = options.fit;
            // Every city in view and none under the legend, in the room it leaves (unless the
            // map is too small for that).
            state.refit = fit && function () {
                var size = map.getSize();
                var room = [box.offsetWidth + 20, box.offsetHeight + 20];
                if (size.x < 2 * room[0] || size.y < 2 * room[1]) { room = [20, 20]; }
                atOnce(map, function () {
                    map.fitBounds(fit, {
                        paddingTopLeft: [20, 20], paddingBottomRight: room,
                        maxZoom: options.maxZoom, animate: false
                    });
                });
            };
            var refit = state.refit;
            function fitNow() {  // unless this group was replaced meanwhile
                if (refit && state.refit === refit && (!state.touched || !anyInView(map, parent))) {
                    refit();
                }
            }
            if (parent.atlasDrawn && state.touched) {
                parent.atlasDrawn.then(fitNow);  // whether they are in view, once on the map
            } else {
                fitNow();
            }
        });
    };
})();
