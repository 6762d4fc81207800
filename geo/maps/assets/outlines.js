/* Country outlines under the cities: the bundled TopoJSON, decoded in the browser.
 *
 * atlasOutlines(map, source, options) draws the countries of a TopoJSON topology (the
 * bundled Natural Earth 1:110m file) on `map`. `source` is the topology itself (a map that
 * must open offline from one file) or the URL the app serves it at: then it is fetched once
 * per page, and every map drawn afterwards in that page (Streamlit makes a new frame for each
 * new map) reuses it. `options.style` are Leaflet path options; with `options.shading`
 * ({country name: [cities, fill colour]}) each country is filled in its colour and shows
 * "Name: cities" on hover, as text.
 *
 * The outlines get their own renderer, put in the map before the cities' (this runs first),
 * so they stay under the cities however late the file arrives. Decoding follows
 * geo.basemap.decode_topojson, which the Python side uses (rings that cross the antimeridian
 * are kept continuous).
 */
(function () {
    "use strict";

    function decode(topology, name) {
        var scale = topology.transform.scale, shift = topology.transform.translate;
        var arcs = topology.arcs.map(function (arc) {
            var x = 0, y = 0;
            return arc.map(function (step) {
                x += step[0];
                y += step[1];
                return [x * scale[0] + shift[0], y * scale[1] + shift[1]];
            });
        });
        function ring(indexes) {
            var coords = [];
            indexes.forEach(function (index) {
                var arc = index >= 0 ? arcs[index] : arcs[~index].slice().reverse();
                coords.push.apply(coords, coords.length ? arc.slice(1) : arc);
            });
            return unwrap(coords);
        }
        var features = [];
        topology.objects[name].geometries.forEach(function (geometry) {
            var coordinates;
            if (geometry.type === "Polygon") {
                coordinates = geometry.arcs.map(ring);
            } else if (geometry.type === "MultiPolygon") {
                coordinates = geometry.arcs.map(function (polygon) { return polygon.map(ring); });
            } else {
                return;
            }
            features.push({
                type: "Feature",
                id: geometry.id,
                properties: geometry.properties || {},
                geometry: {type: geometry.type, coordinates: coordinates}
            });
        });
        return {type: "FeatureCollection", features: features};
    }

    function unwrap(coords) {
        var out = [], offset = 0;
        coords.forEach(function (point) {
            var lon = point[0];
            if (out.length && Math.abs(lon + offset - out[out.length - 1][0]) > 180) {
                offset += lon + offset < out[out.length - 1][0] ? 360 : -360;
            }
            out.push([lon + offset, point[1]]);
        });
        return out;
    }

    // One download a page: the text is kept on the Streamlit page when this frame may reach it
    // (a string, which outlives the frame that fetched it; a promise or object might not).
    function memo() {
        try {
            return (window.parent.__atlasOutlines = window.parent.__atlasOutlines || {});
        } catch (error) {
            return (window.__atlasOutlines = window.__atlasOutlines || {});
        }
    }

    function countries(source) {
        if (typeof source !== "string") {
            return Promise.resolve(decode(source, "countries"));
        }
        var url = new URL(source, document.baseURI).href, saved = memo();
        var text = typeof saved[url] === "string" ? Promise.resolve(saved[url]) : download(url);
        return text.then(function (body) {
            saved[url] = body;
            return decode(JSON.parse(body), "countries");
        });
    }

    // A ".gz" file is served as it is (the server compresses nothing for it) and unpacked
    // here; a browser without DecompressionStream gets the same file unpacked, which the
    // server then compresses for it on each request.
    function download(url) {
        var packed = /\.gz$/.test(url);
        if (packed && typeof DecompressionStream === "undefined") {
            url = url.replace(/\.gz$/, "");
            packed = false;
        }
        return fetch(url).then(function (answer) {
            if (!answer.ok) { throw new Error(url + ": HTTP " + answer.status); }
            if (!packed) { return answer.text(); }
            var stream = answer.body.pipeThrough(new DecompressionStream("gzip"));
            return new Response(stream).text();
        });
    }

    window.atlasOutlines = function (map, source, options) {
        var renderer = L.svg().addTo(map);  // now: its <svg> goes in before the cities'
        var shading = options.shading;
        var layer = L.geoJSON(null, {
            renderer: renderer,
            interactive: Boolean(shading),
            style: function (feature) {
                var shade = shading && shading[feature.properties.name];
                return Object.assign({}, options.style, shade ? {fillColor: shade[1]} : {});
            }
        }).addTo(map);
        if (shading) {
            layer.bindTooltip(function (country) {
                var name = country.feature.properties.name, shade = shading[name];
                var tip = document.createElement("div");
                tip.textContent = name + ": " + (shade ? shade[0] : 0);
                return tip;
            }, {sticky: true, className: "foliumtooltip"});
        }
        layer.ready = countries(source).then(function (collection) {
            layer.addData(collection);
            return layer;
        });
        layer.ready.catch(function (error) { console.error("country outlines:", error); });
        return layer;
    };
})();
