using Spectre.Console;

namespace Triangulate.Cli.Rendering;

/// <summary>Spectre consoles bound to the invocation's writers, so that tests capture everything the CLI prints.</summary>
internal static class Terminal
{
    public static IAnsiConsole For(TextWriter output)
    {
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Piped output has no terminal width to follow; a wide page keeps tables readable in files and logs.
            console.Profile.Width = PipedWidth;
        }
        return console;
    }

    private const int PipedWidth = 180;

    public static string Clip(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= max ? flat : flat[..(max - 1)] + "…";
    }
}
