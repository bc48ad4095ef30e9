using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Triangulate.Web.Events;

namespace Triangulate.Web.Api;

/// <summary>
/// A page of event summaries, each written as the ledger keeps it (the JSON of an <see cref="EventSummary"/>, see
/// <see cref="EventBook.ListJsonAsync"/>), so that a page of a thousand is copied out rather than read into objects and
/// written again. The body is a <see cref="Page{EventSummary}"/> as the web's JSON defaults write it, and the API
/// description says so.
/// </summary>
internal sealed class EventSummaryPage(Page<string> page) : IResult, IEndpointMetadataProvider
{
    private static readonly JsonNamingPolicy Names = JsonNamingPolicy.CamelCase;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter))
        {
            writer.WriteStartObject();
            writer.WriteStartArray(Names.ConvertName(nameof(page.Items)));
            foreach (var item in page.Items)
            {
                writer.WriteRawValue(item, skipInputValidation: true);
            }
            writer.WriteEndArray();
            writer.WriteNumber(Names.ConvertName(nameof(page.Offset)), page.Offset);
            writer.WriteNumber(Names.ConvertName(nameof(page.Limit)), page.Limit);
            if (page.NextOffset is { } next)
            {
                writer.WriteNumber(Names.ConvertName(nameof(page.NextOffset)), next);
            }
            else
            {
                writer.WriteNull(Names.ConvertName(nameof(page.NextOffset)));
            }
            writer.WriteEndObject();
        }
        await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(Page<EventSummary>), ["application/json"]));
}
