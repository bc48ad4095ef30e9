using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Triangulate.Model;

namespace Triangulate.Ingest;

/// <summary>Reads an input's bytes and decodes them as strict UTF-8: invalid bytes reject the file, never turn into U+FFFD.</summary>
internal static class InputText
{
    public static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The stream's bytes, or a rejection when reading fails.</summary>
    public static bool TryReadBytes(string path, Stream content, out ReadOnlyMemory<byte> bytes, out ReadOutcome rejection)
    {
        rejection = default;
        try
        {
            if (content is MemoryStream memory && memory.TryGetBuffer(out var buffer))
            {
                bytes = buffer.AsMemory((int)memory.Position);
                return true;
            }
            using var copy = new MemoryStream();
            content.CopyTo(copy);
            bytes = copy.ToArray();
            return true;
        }
        catch (IOException error)
        {
            bytes = default;
            rejection = ReadOutcome.Rejected(new InputLocation(path), RejectionReason.Unreadable, error.Message);
            return false;
        }
    }

    /// <summary>The stream's bytes, checked to be strict UTF-8, or a rejection naming the file.</summary>
    public static bool TryReadUtf8(string path, Stream content, out ReadOnlyMemory<byte> bytes, out ReadOutcome rejection)
    {
        if (!TryReadBytes(path, content, out bytes, out rejection))
        {
            return false;
        }
        if (bytes.Span.StartsWith(ByteOrderMark))
        {
            bytes = bytes[ByteOrderMark.Length..];
        }
        if (!Utf8.IsValid(bytes.Span))
        {
            rejection = ReadOutcome.Rejected(new InputLocation(path), RejectionReason.InvalidUtf8,
                $"not valid UTF-8 (first bad byte at offset {FirstInvalidByte(bytes.Span):N0})");
            return false;
        }
        return true;
    }

    /// <summary>The whole input as text, or a rejection naming the file (unreadable, or not valid UTF-8).</summary>
    public static bool TryRead(string path, Stream content, out string text, out ReadOutcome rejection)
    {
        var ok = TryReadUtf8(path, content, out var bytes, out rejection);
        text = ok ? Encoding.UTF8.GetString(bytes.Span) : "";
        return ok;
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        Span<char> scratch = stackalloc char[256];
        var offset = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(bytes[offset..], scratch, out var read, out _, replaceInvalidSequences: false);
            offset += read;
            if (status != OperationStatus.DestinationTooSmall)
            {
                return status == OperationStatus.Done ? -1 : offset;
            }
        }
    }
}
