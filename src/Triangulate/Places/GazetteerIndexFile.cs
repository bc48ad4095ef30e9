using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Triangulate.Places;

/// <summary>
/// The gazetteer's name index, precomputed and shipped beside the gazetteer file (gazetteer.index.gz) so that a load
/// reads stems instead of tokenising and stemming every name. gzip'd binary: a header, the fingerprint of the
/// gazetteer file it was built from, a table of distinct strings, then the two maps with strings as table numbers.
/// An index from another gazetteer file, or an older format, is ignored and the index is built from the names.
/// </summary>
internal static class GazetteerIndexFile
{
    // Raise the version whenever normalisation, stemming or the index's rules change: older files are then ignored.
    private const string Header = "#triangulate-gazetteer-index v3";

    public static string PathFor(string gazetteerPath) =>
        gazetteerPath.EndsWith(".tsv.gz", StringComparison.Ordinal)
            ? string.Concat(gazetteerPath.AsSpan(0, gazetteerPath.Length - ".tsv.gz".Length), ".index.gz")
            : gazetteerPath + ".index.gz";

    /// <summary>What ties an index to the exact gazetteer file it was built from.</summary>
    public static string Fingerprint(ReadOnlySpan<byte> gazetteerFile) => Convert.ToHexString(SHA256.HashData(gazetteerFile));

    public static void Write(Stream stream, GazetteerIndex index, string fingerprint)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Header);
        writer.Write(fingerprint);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var table = new List<string>();
        foreach (var name in index.NamesByFirstStem.Values.Concat(index.UkrainianNamesBySkeleton.Values).Concat(index.NamesByLatinKey.Values).SelectMany(n => n))
        {
            foreach (var text in name.Stems.Append(name.LastNormal))
            {
                if (numbers.TryAdd(text, table.Count))
                {
                    table.Add(text);
                }
            }
        }

        writer.Write7BitEncodedInt(table.Count);
        table.ForEach(writer.Write);
        WriteMap(writer, index.NamesByFirstStem, numbers);
        WriteMap(writer, index.UkrainianNamesBySkeleton, numbers);
        WriteMap(writer, index.NamesByLatinKey, numbers);
    }

    private static void WriteMap(BinaryWriter writer, Dictionary<string, IndexedName[]> map, Dictionary<string, int> numbers)
    {
        writer.Write7BitEncodedInt(map.Count);
        foreach (var names in map.Values)
        {
            writer.Write7BitEncodedInt(names.Length);
            foreach (var name in names)
            {
                writer.Write7BitEncodedInt(name.Stems.Length);
                foreach (var stem in name.Stems)
                {
                    writer.Write7BitEncodedInt(numbers[stem]);
                }

                writer.Write7BitEncodedInt(numbers[name.LastNormal]);
                writer.Write7BitEncodedInt(name.PlaceIndex);
                writer.Write((byte)((name.Secondary ? 1 : 0) | (name.Alternate ? 2 : 0)));
            }
        }
    }

    /// <summary>The index in the file, or null when the file is of another format or was built from another gazetteer.</summary>
    public static GazetteerIndex? TryRead(string path, string fingerprint)
    {
        using var stream = File.OpenRead(path);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16), Encoding.UTF8);
        if (reader.ReadString() != Header || reader.ReadString() != fingerprint)
        {
            return null;
        }

        var table = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = reader.ReadString();
        }

        return new GazetteerIndex(ReadMap(reader, table), ReadMap(reader, table), ReadMap(reader, table));
    }

    // A map's key is its names' first stem, so it is not stored twice.
    private static Dictionary<string, IndexedName[]> ReadMap(BinaryReader reader, string[] table)
    {
        var count = reader.Read7BitEncodedInt();
        var map = new Dictionary<string, IndexedName[]>(count, StringComparer.Ordinal);
        for (var m = 0; m < count; m++)
        {
            var names = new IndexedName[reader.Read7BitEncodedInt()];
            for (var n = 0; n < names.Length; n++)
            {
                var stems = new string[reader.Read7BitEncodedInt()];
                for (var s = 0; s < stems.Length; s++)
                {
                    stems[s] = table[reader.Read7BitEncodedInt()];
                }

                var (last, place, flags) = (table[reader.Read7BitEncodedInt()], reader.Read7BitEncodedInt(), reader.ReadByte());
                names[n] = new IndexedName(stems, last, place, (flags & 1) != 0, (flags & 2) != 0);
            }

            map[names[0].Stems[0]] = names;
        }

        return map;
    }
}
