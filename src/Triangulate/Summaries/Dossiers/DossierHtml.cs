using System.Globalization;
using System.Net;
using System.Text;
using NetTopologySuite.Geometries;
using Triangulate.Corroboration.Evidence;
using Triangulate.Model;

namespace Triangulate.Summaries.Dossiers;

/// <summary>
/// A dossier as one self-contained HTML page: inline styles, no script, nothing fetched, so that it opens offline and
/// prints as it shows. Every piece of ingested text is HTML-encoded; quotations mark the claim, its places, quantities
/// and hedge; each control map is drawn as an SVG of the occupied area around the event's places.
/// </summary>
public sealed class DossierHtml : DossierWriter
{
    /// <summary>Degrees of latitude shown above and below the event's places on a map; longitude is widened to match.</summary>
    private const double MapMarginDegrees = 0.25;
    private const int MapWidth = 420;
    private const int MapHeight = 300;

    private const string Style = """
        body { font-family: system-ui, sans-serif; color: #1d232a; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
        h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; border-bottom: 1px solid #d5dbe1; padding-bottom: .2rem; margin-top: 1.6rem; }
        table { border-collapse: collapse; font-size: .9rem; margin: .5rem 0; } td, th { border: 1px solid #d5dbe1; padding: .2rem .4rem; text-align: left; vertical-align: top; }
        blockquote { margin: .3rem 0 .3rem 1rem; padding-left: .8rem; border-left: 3px solid #d5dbe1; }
        .claim { background: #fff4c2; } .place { background: #cfe3ff; } .quantity { background: #d2f0d8; } .hedge { text-decoration: underline wavy; }
        ul.tree { list-style: none; padding-left: 1.2rem; border-left: 1px dotted #aab4be; } .role { font-size: .75rem; text-transform: uppercase; color: #5c6670; }
        svg.map { border: 1px solid #d5dbe1; background: #f3f0e6; } svg.map .occupied { fill: #c93c37; fill-opacity: .35; stroke: #c93c37; stroke-width: 1.5; }
        svg.map circle { fill: #2457a6; stroke: #fff; } svg.map text { font-size: 11px; }
        """;

    private readonly StringBuilder body = new();
    private string title = "";

    public static string Write(EventDossier dossier) => DossierLayout.Write(dossier, new DossierHtml());

    public override void Title(string text)
    {
        title = text;
        body.Append("<h1>").Append(Encode(text)).Append("</h1>\n");
    }

    public override void Heading(string text) => body.Append("<h2>").Append(Encode(text)).Append("</h2>\n");

    public override void Paragraph(params Inline[] parts)
    {
        body.Append("<p>");
        foreach (var part in parts)
        {
            body.Append(Render(part));
        }
        body.Append("</p>\n");
    }

    public override void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<Inline>> rows)
    {
        body.Append("<table><tr>");
        foreach (var name in header)
        {
            body.Append("<th>").Append(Encode(name)).Append("</th>");
        }
        body.Append("</tr>\n");
        foreach (var row in rows)
        {
            body.Append("<tr>");
            foreach (var cell in row)
            {
                body.Append("<td>").Append(Render(cell)).Append("</td>");
            }
            body.Append("</tr>\n");
        }
        body.Append("</table>\n");
    }

    public override void Quote(string text, Span span, IReadOnlyList<QuoteMark> marks)
    {
        body.Append("<blockquote>");
        foreach (var (words, kinds) in DossierLayout.Segments(text, span, marks))
        {
            if (kinds.Count == 0)
            {
                body.Append(Encode(words));
            }
            else
            {
                body.Append("<span class=\"").Append(string.Join(' ', kinds.Order(StringComparer.Ordinal))).Append("\">").Append(Encode(words)).Append("</span>");
            }
        }
        body.Append("</blockquote>\n");
    }

    public override void Tree(IReadOnlyList<ProvenanceNode> nodes)
    {
        if (nodes.Count == 0)
        {
            return;
        }
        body.Append("<ul class=\"tree\">");
        foreach (var node in nodes)
        {
            body.Append("<li><span class=\"role\">").Append(Encode(node.Role.Replace('_', ' '))).Append("</span> ")
                .Append(Encode(DossierMarkdown.Describe(node)));
            if (node.Reasons is { Count: > 0 } reasons)
            {
                body.Append("<br><small>joined because ").Append(Encode(string.Join("; ", reasons))).Append("</small>");
            }
            Tree(node.Children);
            body.Append("</li>");
        }
        body.Append("</ul>\n");
    }

    /// <summary>The occupied area around the event's places, clipped to a box around them, north up, with the places marked.</summary>
    public override void Map(MapEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var places = evidence.Places.Select(p => p.Place).ToList();
        var (south, north) = (places.Min(p => p.Lat) - MapMarginDegrees, places.Max(p => p.Lat) + MapMarginDegrees);
        // A degree of longitude is shorter than one of latitude by the cosine of the latitude: widen the box to keep shapes true.
        var widen = (north - south) * MapWidth / MapHeight / Math.Cos((south + north) / 2 * Math.PI / 180);
        var middle = (places.Min(p => p.Lon) + places.Max(p => p.Lon)) / 2;
        var (west, east) = (middle - (widen / 2), middle + (widen / 2));
        var factory = NetTopologySuite.NtsGeometryServices.Instance.CreateGeometryFactory(4326);
        var box = factory.ToGeometry(new Envelope(west, east, south, north));
        var area = ControlMapIndex.ParseGeometry(evidence.Map.GeoJson).Intersection(box);
        string X(double lon) => ((lon - west) / (east - west) * MapWidth).ToString("F1", CultureInfo.InvariantCulture);
        string Y(double lat) => ((north - lat) / (north - south) * MapHeight).ToString("F1", CultureInfo.InvariantCulture);
        body.Append(CultureInfo.InvariantCulture, $"<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{MapWidth}\" height=\"{MapHeight}\" viewBox=\"0 0 {MapWidth} {MapHeight}\" role=\"img\">");
        body.Append("<title>").Append(Encode($"{evidence.Map.Name}: occupied area (red) around {string.Join(", ", places.Select(p => p.Name))}")).Append("</title>");
        var path = new StringBuilder();
        for (var i = 0; i < area.NumGeometries; i++)
        {
            if (area.GetGeometryN(i) is not Polygon polygon)
            {
                continue;
            }
            foreach (var ring in polygon.InteriorRings.Prepend(polygon.ExteriorRing))
            {
                path.Append('M').AppendJoin('L', ring.Coordinates.Select(c => X(c.X) + "," + Y(c.Y))).Append('Z');
            }
        }
        if (path.Length > 0)
        {
            body.Append("<path class=\"occupied\" fill-rule=\"evenodd\" d=\"").Append(path).Append("\"/>");
        }
        foreach (var place in places)
        {
            body.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(place.Lon)}\" cy=\"{Y(place.Lat)}\" r=\"5\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{X(place.Lon)}\" y=\"{Y(place.Lat)}\" dx=\"7\" dy=\"4\">").Append(Encode(place.Name)).Append("</text>");
        }
        body.Append("</svg>\n");
    }

    public override string ToString() =>
        $"<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{Encode(title)}</title>\n<style>\n{Style}</style>\n</head>\n<body>\n{body}</body>\n</html>\n";

    private static string Render(Inline part) => part.Style switch
    {
        InlineStyle.Strong => "<strong>" + Encode(part.Text) + "</strong>",
        InlineStyle.Code => "<code>" + Encode(part.Text) + "</code>",
        InlineStyle.Link => $"<a href=\"{Encode(part.Href ?? part.Text)}\" rel=\"noopener noreferrer\">{Encode(part.Text)}</a>",
        _ => Encode(part.Text),
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
