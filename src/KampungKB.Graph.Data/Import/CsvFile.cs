using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace KampungKB.Graph.Data.Import;

/// <summary>One CSV record: the physical line it starts on, its fields, and the first structural fault found in it.</summary>
internal sealed record CsvRecord(int Line, string[] Fields, string? Fault = null, int FaultField = 0);

/// <summary>
/// An RFC 4180 reader that never throws on bad input: UTF-8 with or without BOM, CRLF or LF, quoted fields with
/// doubled quotes. Quoting faults and invalid UTF-8 are attached to the record they occur in, so callers can
/// reject that row with its line number instead of failing the whole file.
/// </summary>
internal static class CsvFile
{
    public static List<CsvRecord> Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        var badLines = InvalidUtf8Lines(bytes);
        var text = Encoding.UTF8.GetString(bytes);
        var records = Parse(text);
        if (badLines.Count == 0)
        {
            return records;
        }
        for (var r = 0; r < records.Count; r++)
        {
            var record = records[r];
            if (badLines.TryGetValue(record.Line, out var badByte) && record.Fault is null)
            {
                var field = Array.FindIndex(record.Fields, f => f.Contains('\uFFFD')) + 1;
                records[r] = record with { Fault = $"invalid UTF-8 (byte 0x{badByte:X2}); save the file as UTF-8", FaultField = field };
            }
        }
        return records;
    }

    // Line number -> first invalid byte on it. '\n' (0x0A) never occurs inside a multi-byte sequence, so counting it is exact.
    private static Dictionary<int, byte> InvalidUtf8Lines(ReadOnlySpan<byte> bytes)
    {
        var result = new Dictionary<int, byte>();
        if (Utf8.IsValid(bytes))
        {
            return result;
        }
        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            int offset = 0, line = 1, counted = 0;
            while (offset < bytes.Length)
            {
                var status = Utf8.ToUtf16(bytes[offset..], buffer, out var read, out _, replaceInvalidSequences: false);
                offset += read;
                if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData)
                {
                    line += bytes[counted..offset].Count((byte)'\n');
                    counted = offset;
                    result.TryAdd(line, bytes[offset]);
                    offset++;
                }
                else if (status == OperationStatus.Done)
                {
                    break;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
        return result;
    }

    private static List<CsvRecord> Parse(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var value = new StringBuilder();
        int i = 0, line = 1, n = text.Length;
        while (i < n)
        {
            var startLine = line;
            string? fault = null;
            var faultField = 0;
            fields.Clear();
            while (true)
            {
                if (i < n && text[i] == '"')
                {
                    var openedOn = line;
                    value.Clear();
                    i++;
                    var closed = false;
                    while (i < n)
                    {
                        var c = text[i];
                        if (c == '"')
                        {
                            if (i + 1 < n && text[i + 1] == '"')
                            {
                                value.Append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            closed = true;
                            break;
                        }
                        if (c == '\n')
                        {
                            line++;
                        }
                        value.Append(c);
                        i++;
                    }
                    fields.Add(value.ToString());
                    if (!closed)
                    {
                        fault ??= $"the quote opened on line {openedOn} is never closed";
                        faultField = faultField == 0 ? fields.Count : faultField;
                        break;
                    }
                    if (i < n && text[i] is not (',' or '\r' or '\n'))
                    {
                        fault ??= "text after a closing quote; a quote inside a quoted field must be doubled (\"\")";
                        faultField = faultField == 0 ? fields.Count : faultField;
                        while (i < n && text[i] is not (',' or '\r' or '\n'))
                        {
                            i++;
                        }
                    }
                }
                else
                {
                    var start = i;
                    while (i < n && text[i] is not (',' or '\r' or '\n'))
                    {
                        i++;
                    }
                    var field = text[start..i];
                    fields.Add(field);
                    if (field.Contains('"'))
                    {
                        fault ??= "a quote inside an unquoted field; quote the whole field and double the quote";
                        faultField = faultField == 0 ? fields.Count : faultField;
                    }
                }
                if (i < n && text[i] == ',')
                {
                    i++;
                    continue;
                }
                // End of record: CRLF, LF, a lone CR, or the end of the text.
                if (i < n && text[i] == '\r')
                {
                    i++;
                }
                if (i < n && text[i] == '\n')
                {
                    i++;
                }
                line++;
                break;
            }
            // Blank lines carry no data (spreadsheets leave them at the end).
            if (fields.Count == 1 && fields[0].Length == 0 && fault is null)
            {
                continue;
            }
            records.Add(new CsvRecord(startLine, fields.ToArray(), fault, faultField));
        }
        return records;
    }
}
