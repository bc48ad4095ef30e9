using Triangulate.Claims;
using Triangulate.Model;

namespace Triangulate.Tests.Claims;

/// <summary>Units and commands as reports name them: word order, bracketed qualifiers, the corps of the 2025 reform.</summary>
public sealed partial class SourceRegistryTests
{
    [Theory]
    [InlineData("Group of Forces East", "ru_group_vostok")]
    [InlineData("Centre Group of Forces", "ru_group_tsentr")]
    [InlineData("South Operational Command", "ua_southern_defence_forces")]
    [InlineData("Operational-Strategic Group of Forces Khortytsia", "khortytsia")]
    [InlineData("Operational-Tactical Group Donetsk", "ua_donetsk_group")]
    public void Resolve_DesignationBeforeOrAfterTheKindOfCommand_FindsTheOneSource(string name, string id) =>
        Assert.Equal(id, Registry.Resolve(name)?.Id);

    [Fact]
    public void Resolve_NameWithClosingBracketedQualifier_FindsTheSourceTheNameNames() =>
        Assert.Equal("ua_skhid_group", Registry.Resolve("Skhid Group of Forces (Ukraine)")?.Id);

    [Fact]
    public void Resolve_WordsThatTwoSourcesShareInAnotherOrder_ReturnsNull()
    {
        const string json = """
            [
              { "id": "north_command", "name": "Command of the North", "kind": "military_command", "side": "UA" },
              { "id": "northern_command", "name": "North Command", "kind": "military_command", "side": "RU" }
            ]
            """;

        Assert.Null(SourceRegistry.FromJson(json).Resolve("Command North"));
    }

    [Theory]
    [InlineData("У 3-му армійському корпусі повідомили про відбиті штурми", "ua_3rd_army_corps")]
    [InlineData("Як повідомили в 1-му корпусі НГУ «Азов», ворог втратив дві одиниці техніки", "ua_azov_corps")]
    [InlineData("В пресс-службе 7-го корпуса быстрого реагирования ДШВ заявили о продвижении", "ua_7th_air_assault_corps")]
    [InlineData("Командування Десантно-штурмових військ повідомило про удар", "ua_air_assault_forces")]
    [InlineData("Russia's Group of Forces Center said it had taken the village", "ru_group_tsentr")]
    public void FindIn_CorpsOrCommandAsReportsNameIt_FindsThatSource(string text, string id) =>
        Assert.Contains(id, Registry.FindIn(text, new Span(0, text.Length)).Select(match => match.Source.Id));
}
