// Scores PersonalDataMasker on a labelled set and prints one JSON document.
//
//   dotnet run -c Release --project bench/masker/MaskerBench -- [labelled.jsonl] [--details tune|all|none]
//
// Each line of the set is {"id", "split", "lang", "text", "spans": [{"kind", "start", "end"}]}. A predicted span
// is a true positive when it overlaps a labelled span of the same kind; a labelled span is found when a predicted
// span of the same kind overlaps it. "anyKind" ignores the kind (the text is masked either way). Character
// scores count characters: labelled characters that were masked (recall) and masked characters that were
// labelled (precision). "review" is per text: texts with personal data that were held (Changed) and clean texts
// that were held anyway. Misses and false positives are listed for the tuning split only unless --details all:
// the held-out split is meant to be looked at as numbers only.
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CommunityVoice.Core.Submissions;

var path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsOptionValue(a)) ?? FindDefaultSet();
var details = OptionValue("--details") ?? "tune";

var items = File.ReadLines(path)
    .Where(line => !string.IsNullOrWhiteSpace(line))
    .Select(line => JsonSerializer.Deserialize<Item>(line, JsonOptions.Read)!)
    .ToList();

var masker = new PersonalDataMasker();
var clock = Stopwatch.StartNew();
masker.Mask(items[0].Text);
var firstCallMilliseconds = clock.Elapsed.TotalMilliseconds;
clock.Restart();
var results = items.Select(item => (Item: item, Result: masker.Mask(item.Text))).ToList();
var setMilliseconds = clock.Elapsed.TotalMilliseconds;
clock.Restart();
foreach (var item in items)
{
    masker.Mask(item.Text);
}

var secondPassMilliseconds = clock.Elapsed.TotalMilliseconds;

// A 100 KB text made of the set itself, to show the time grows with the length and nothing more.
var large = new StringBuilder();
while (large.Length < 100_000)
{
    foreach (var item in items)
    {
        large.Append(item.Text).Append('\n');
    }
}

masker.Mask(large.ToString(0, 1_000));
clock.Restart();
var largeResult = masker.Mask(large.ToString(0, 100_000));
var largeMilliseconds = clock.Elapsed.TotalMilliseconds;

var report = new JsonObject
{
    ["set"] = Path.GetFullPath(path),
    ["texts"] = items.Count,
    ["firstCallMilliseconds"] = Math.Round(firstCallMilliseconds, 1),
    ["maskMillisecondsWholeSet"] = Math.Round(setMilliseconds, 1),
    ["maskMillisecondsWholeSetAgain"] = Math.Round(secondPassMilliseconds, 1),
    ["maskMilliseconds100KB"] = Math.Round(largeMilliseconds, 1),
    ["findings100KB"] = largeResult.Findings.Count,
};

foreach (var split in new[] { "tune", "heldout", "fresh", "all" })
{
    var part = results.Where(r => split == "all" || r.Item.Split == split).ToList();
    if (part.Count > 0)
    {
        report[split] = Score(part, details == "all" || (details == "tune" && split == "tune"));
    }
}

Console.WriteLine(report.ToJsonString(JsonOptions.Write));
return 0;

static JsonObject Score(List<(Item Item, MaskResult Result)> part, bool withDetails)
{
    var kinds = Enum.GetValues<PersonalDataKind>();
    var perKind = kinds.ToDictionary(k => k, _ => new Counts());
    var overall = new Counts();
    var anyKind = new Counts();
    long labelledChars = 0, labelledCharsMasked = 0, maskedChars = 0, maskedCharsLabelled = 0;
    int withData = 0, withDataHeld = 0, clean = 0, cleanHeld = 0;
    var misses = new JsonArray();
    var falsePositives = new JsonArray();

    foreach (var (item, result) in part)
    {
        var gold = item.Spans.Select(s => (Kind: Enum.Parse<PersonalDataKind>(s.Kind), s.Start, s.End)).ToList();
        var predicted = result.Findings.Select(f => (f.Kind, f.Start, f.End)).ToList();

        foreach (var p in predicted)
        {
            var sameKind = gold.Exists(g => g.Kind == p.Kind && Overlaps(g.Start, g.End, p.Start, p.End));
            var any = gold.Exists(g => Overlaps(g.Start, g.End, p.Start, p.End));
            perKind[p.Kind].Predicted++;
            overall.Predicted++;
            anyKind.Predicted++;
            if (sameKind)
            {
                perKind[p.Kind].TruePredicted++;
                overall.TruePredicted++;
            }
            else if (withDetails)
            {
                falsePositives.Add(Detail(item, p.Kind, p.Start, p.End, any ? "labelled as another kind" : null));
            }

            if (any)
            {
                anyKind.TruePredicted++;
            }
        }

        foreach (var g in gold)
        {
            var sameKind = predicted.Exists(p => p.Kind == g.Kind && Overlaps(g.Start, g.End, p.Start, p.End));
            var any = predicted.Exists(p => Overlaps(g.Start, g.End, p.Start, p.End));
            perKind[g.Kind].Labelled++;
            overall.Labelled++;
            anyKind.Labelled++;
            if (sameKind)
            {
                perKind[g.Kind].Found++;
                overall.Found++;
            }
            else if (withDetails)
            {
                misses.Add(Detail(item, g.Kind, g.Start, g.End, any ? "masked as another kind" : null));
            }

            if (any)
            {
                anyKind.Found++;
            }
        }

        var goldChars = Coverage(item.Text.Length, gold.Select(g => (g.Start, g.End)));
        var maskedCoverage = Coverage(item.Text.Length, predicted.Select(p => (p.Start, p.End)));
        for (var i = 0; i < item.Text.Length; i++)
        {
            labelledChars += goldChars[i] ? 1 : 0;
            maskedChars += maskedCoverage[i] ? 1 : 0;
            labelledCharsMasked += goldChars[i] && maskedCoverage[i] ? 1 : 0;
            maskedCharsLabelled += goldChars[i] && maskedCoverage[i] ? 1 : 0;
        }

        if (gold.Count > 0)
        {
            withData++;
            withDataHeld += result.Changed ? 1 : 0;
        }
        else
        {
            clean++;
            cleanHeld += result.Changed ? 1 : 0;
        }
    }

    var kindsJson = new JsonObject();
    foreach (var kind in kinds)
    {
        kindsJson[kind.ToString()] = perKind[kind].ToJson();
    }

    var score = new JsonObject
    {
        ["texts"] = part.Count,
        ["spanish"] = part.Count(r => r.Item.Lang == "es"),
        ["textsWithoutPersonalData"] = clean,
        ["overall"] = overall.ToJson(),
        ["overallAnyKind"] = anyKind.ToJson(),
        ["characters"] = new JsonObject
        {
            ["precision"] = Ratio(maskedCharsLabelled, maskedChars),
            ["recall"] = Ratio(labelledCharsMasked, labelledChars),
        },
        ["review"] = new JsonObject
        {
            ["textsWithPersonalDataHeld"] = $"{withDataHeld}/{withData}",
            ["cleanTextsHeld"] = $"{cleanHeld}/{clean}",
        },
        ["kinds"] = kindsJson,
    };

    if (withDetails)
    {
        score["misses"] = misses;
        score["falsePositives"] = falsePositives;
    }

    return score;
}

static JsonObject Detail(Item item, PersonalDataKind kind, int start, int end, string? note)
{
    var from = Math.Max(0, start - 30);
    var to = Math.Min(item.Text.Length, end + 30);
    var detail = new JsonObject
    {
        ["id"] = item.Id,
        ["kind"] = kind.ToString(),
        ["value"] = item.Text[start..end],
        ["context"] = item.Text[from..to].Replace('\n', ' '),
    };
    if (note is not null)
    {
        detail["note"] = note;
    }

    return detail;
}

static bool Overlaps(int aStart, int aEnd, int bStart, int bEnd) => aStart < bEnd && bStart < aEnd;

static bool[] Coverage(int length, IEnumerable<(int Start, int End)> spans)
{
    var covered = new bool[length];
    foreach (var (start, end) in spans)
    {
        for (var i = Math.Max(0, start); i < Math.Min(length, end); i++)
        {
            covered[i] = true;
        }
    }

    return covered;
}

static double? Ratio(long part, long whole) => whole == 0 ? null : Math.Round((double)part / whole, 3);

static string FindDefaultSet()
{
    foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "labelled.jsonl"), Path.Combine(dir.FullName, "bench", "masker", "labelled.jsonl") })
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
    }

    throw new FileNotFoundException("labelled.jsonl not found; pass its path as the first argument.");
}

string? OptionValue(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

bool IsOptionValue(string arg)
{
    var index = Array.IndexOf(args, arg);
    return index > 0 && args[index - 1].StartsWith("--", StringComparison.Ordinal);
}

sealed record Item(string Id, string Split, string Lang, string Text, List<Span> Spans);

sealed record Span(string Kind, int Start, int End);

sealed class Counts
{
    public int Predicted { get; set; }
    public int TruePredicted { get; set; }
    public int Labelled { get; set; }
    public int Found { get; set; }

    public JsonObject ToJson()
    {
        var precision = Predicted == 0 ? (double?)null : (double)TruePredicted / Predicted;
        var recall = Labelled == 0 ? (double?)null : (double)Found / Labelled;
        double? f1 = precision is { } p && recall is { } r && p + r > 0 ? 2 * p * r / (p + r) : null;
        return new JsonObject
        {
            ["labelled"] = Labelled,
            ["predicted"] = Predicted,
            ["precision"] = Round(precision),
            ["recall"] = Round(recall),
            ["f1"] = Round(f1),
        };
    }

    static double? Round(double? value) => value is { } v ? Math.Round(v, 3) : null;
}

static class JsonOptions
{
    public static readonly JsonSerializerOptions Read = new() { PropertyNameCaseInsensitive = true };
    public static readonly JsonSerializerOptions Write = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
