using System.Text.Json;

namespace Triangulate.Tests.Cli;

/// <summary>A local channel the source registry does not know, whose posts name the towns and villages of Kherson oblast.</summary>
internal static class KhersonChannel
{
    public const string Name = "Херсонський вісник";

    // Twenty-odd confident mentions, all in Kherson oblast: enough history to learn the channel's usual area from.
    private static readonly string[] History =
    [
        "Вночі окупанти обстріляли Херсон, Білозерку та Чорнобаївку. У Херсоні пошкоджено житловий будинок, у Білозерці — лінію електропередач.",
        "Російська армія вдарила по Бериславу та Комишанах. У Бериславі поранено двох людей.",
        "Протягом доби під обстрілами були Херсон, Антонівка, Томина Балка та Дніпровське.",
        "Ворожі дрони атакували Херсон і Білозерку. У Херсоні зруйновано магазин.",
        "Росіяни скинули вибухівку з дрона на Берислав і Томину Балку. У Бериславі знеструмлено кілька вулиць.",
        "Окупанти знову обстріляли Херсон, Чорнобаївку та Дніпровське. У Херсоні загинула жінка.",
        "Під обстрілом опинилися Білозерка, Комишани і Херсон.",
    ];

    /// <summary>Writes the channel's posts of 1–7 July 2024 as JSON Lines; returns the file's path.</summary>
    public static string WriteHistory(TempDirectory directory) =>
        directory.Write("kherson-channel.jsonl", string.Join('\n', History.Select((text, i) => PostJson(Name, i + 1, text))));

    /// <summary>One post in the canonical JSON Lines format, published on the given day of July of the year (2024 unless given).</summary>
    public static string PostJson(string publisher, int day, string text, int year = 2024) => JsonSerializer.Serialize(new
    {
        id = $"{publisher}/{day}",
        publisher,
        published = new DateTimeOffset(year, 7, day, 9, 0, 0, TimeSpan.FromHours(3)),
        language = "uk",
        text,
    });
}
