using System.Text;
using BenchmarkDotNet.Attributes;
using Triangulate.Model;
using Triangulate.Places;

namespace Triangulate.Bench;

/// <summary>Gazetteer load time and place-finding throughput over a mixed English/Russian/Ukrainian text.</summary>
[MemoryDiagnoser]
public class PlaceFinding
{
    private const string Sample =
        "Russian forces allegedly seized the center of Dzerzhinsk, also known as Toretsk, and advanced south of Chasov Yar "
        + "into the forest belt south of Ivanovsky up to about 1.45 kilometers. Бои идут в Торецке и под Часовым Яром, "
        + "в 500 метрах к северу от Ивановского. Обстріли Луганської області та Покровська тривали; на околиці Бахмута тихо.\n";

    private PlaceFinder finder = null!;
    private Report report = null!;

    [GlobalSetup]
    public void Setup()
    {
        finder = new PlaceFinder(Gazetteer.LoadDefault());
        var text = new StringBuilder();
        while (text.Length < 1_000_000)
        {
            text.Append(Sample);
        }

        report = new Report(null, "bench", null, null, "en", null, text.ToString(), new InputLocation("bench"));
    }

    /// <summary>One megabyte of text: MB/s is 1 / the mean time in seconds.</summary>
    [Benchmark]
    public int FindInOneMegabyte() => finder.Find(report).Length;

    [Benchmark]
    public int LoadGazetteer() => Gazetteer.LoadDefault().Places.Length;
}
