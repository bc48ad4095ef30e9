using Triangulate.Claims;

namespace Triangulate.Tests.Claims;

public sealed class NameSoundsTests
{
    [Theory]
    [InlineData("Oleksandr", "Aleksandr")]
    [InlineData("Dmytro", "Dmitry")]
    [InlineData("Олексія", "Oleksii")]
    [InlineData("Арестовича", "Arestovych")]
    [InlineData("Баласинович", "Balasynovych")]
    [InlineData("Serhiy", "Sergei")]
    public void Alike_OneNameInTwoScriptsOrRomanisations_IsTrue(string first, string second) =>
        Assert.True(NameSounds.Alike(first, second));

    [Theory]
    [InlineData("Oleksii", "Dmytro")]
    [InlineData("Владислав", "Nazar")]
    [InlineData("Сергей", "Dmitry")]
    public void Alike_DifferentNames_IsFalse(string first, string second) =>
        Assert.False(NameSounds.Alike(first, second));
}
