// Scores PersonalDataMasker (masking and safety net) on labelled sets and prints one JSON document.
//
//   dotnet run -c Release --project bench/masker/MaskerBench -- [--data PATH]... [--details auto|all|none]
//
// Each line of a set is {"id", "split", "lang", "text", "spans": [{"kind", "start", "end"}]}. A predicted span
// is a true positive when it overlaps a labelled span of the same kind; a labelled span is found when a predicted
// span of the same kind overlaps it. "anyKind" ignores the kind (the text is masked either way). Character
// scores count characters: labelled characters that were masked (recall) and masked characters that were
// labelled (precision). "review" is per text: a text is held when something was masked or flagged
// (MaskResult.NeedsReview). The headline is "publishedWithPersonalData": texts with labelled personal data that
// would be published at once, neither masked completely nor held. Each --data file is scored separately. Misses,
// false positives and held clean texts are listed only for files whose name does not contain "heldout" (with
// --details auto, the default): a held-out set is meant to be looked at as numbers only.
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.PersonalData.Tagging;

var paths = Values("--data");
var trainPaths = Values("--train");

if (paths.Count == 0)
{
    paths.Add(FindDefault("tune.jsonl"));
}

var details = OptionValue("--details") ?? "auto";
var root = FindRoot();
var lexicon = PersonalDataLexicon.Load(Path.Combine(root, "content"));
var tagger = args.Contains("--rules-only") ? null
    : OptionValue("--model") is { } modelPath ? PersonalDataTagger.Load(File.OpenRead(modelPath))
    : PersonalDataTagger.Embedded;
if (trainPaths.Count > 0)
{
    // --train FILE... [--save PATH]: a model learned from those sets (the shipped one: --save the embedded path).
    var training = trainPaths.SelectMany(ReadSet)
        .Select(i => new LabelledText(i.Text, i.Spans.Select(s => (Enum.Parse<PersonalDataKind>(s.Kind), s.Start, s.End)).ToList()))
        .ToList();
    using var model = new MemoryStream();
    var l2 = OptionValue("--l2") is { } l2Text ? float.Parse(l2Text, System.Globalization.CultureInfo.InvariantCulture) : 1f;
    PersonalDataTagger.Train(training, lexicon, model, l2);
    if (OptionValue("--save") is { } save)
    {
        File.WriteAllBytes(save, model.ToArray());
    }

    model.Position = 0;
    tagger = PersonalDataTagger.Load(model);
}

var thresholds = new TaggerThresholds(
    OptionValue("--mask-threshold") is { } m ? float.Parse(m, System.Globalization.CultureInfo.InvariantCulture) : TaggerThresholds.Default.Mask,
    OptionValue("--hold-threshold") is { } h ? float.Parse(h, System.Globalization.CultureInfo.InvariantCulture) : TaggerThresholds.Default.Hold);
var masker = new PersonalDataMasker(lexicon, TimeProvider.System, tagger, thresholds);
if (OptionValue("--explain") is { } explain)
{
    // --explain TEXT: what the masker does with one text (for looking at a single case; prints the text's parts).
    var explained = masker.Mask(explain);
    Console.WriteLine(explained.Text);
    foreach (var finding in explained.Findings) Console.WriteLine($"masked {finding.Kind} '{explain.Substring(finding.Start, finding.Length)}'");
    foreach (var flag in explained.Flags) Console.WriteLine($"flagged {flag.Kind} '{explain.Substring(flag.Start, flag.Length)}': {flag.Reason}");
    return 0;
}


var clock = Stopwatch.StartNew();
masker.Mask("Warm-up: my neighbor Rosa, claim no. 77-4419-2, call (505) 555-0142, 12 Main St, born 1/2/1980.");
var report = new JsonObject { ["firstCallMilliseconds"] = Math.Round(clock.Elapsed.TotalMilliseconds, 1) };

foreach (var path in paths)
{
    var items = ReadSet(path);
    clock.Restart();
    var results = items.Select(item => (Item: item, Result: masker.Mask(item.Text))).ToList();
    var setMilliseconds = clock.Elapsed.TotalMilliseconds;
    var perText = new List<double>();
    foreach (var item in items)
    {
        clock.Restart();
        masker.Mask(item.Text);
        perText.Add(clock.Elapsed.TotalMilliseconds);
    }

    perText.Sort();
    var withDetails = details == "all" || (details == "auto" && !Path.GetFileName(path).Contains("heldout", StringComparison.OrdinalIgnoreCase));
    var score = Score(results, withDetails);
    score["timing"] = new JsonObject
    {
        ["wholeSetMilliseconds"] = Math.Round(setMilliseconds, 1),
        ["meanMicrosecondsPerText"] = Math.Round(perText.Average() * 1000, 0),
        ["p95MicrosecondsPerText"] = Math.Round(perText[(int)(perText.Count * 0.95)] * 1000, 0),
        ["maxMicrosecondsPerText"] = Math.Round(perText[^1] * 1000, 0),
    };
    report[Path.GetFileName(path)] = new JsonObject { ["path"] = Path.GetFullPath(path), ["score"] = score };
}

// 100 KB hostile texts: the time must grow with the length only, so each is also timed at 50 KB; a ratio near 2
// is linear, near 4 would be quadratic.
var hostile = new JsonObject();
foreach (var (name, text) in HostileTexts())
{
    // The fastest of three runs, because the machine is shared and a collection can land in any one of them.
    masker.Mask(text[..1_000]);
    var half = Fastest(() => masker.Mask(text[..50_000]));
    var full = Fastest(() => masker.Mask(text));
    var result = masker.Mask(text);
    hostile[name] = new JsonObject
    {
        ["milliseconds"] = Math.Round(full, 1),
        ["milliseconds50KB"] = Math.Round(half, 1),
        ["ratio100To50"] = Math.Round(full / Math.Max(half, 0.001), 2),
        ["findings"] = result.Findings.Count,
        ["flags"] = result.Flags.Count,
    };
}

report["hostile100KB"] = hostile;
Console.WriteLine(report.ToJsonString(JsonOptions.Write));
return 0;

static double Fastest(Action action)
{
    var best = double.MaxValue;
    for (var run = 0; run < 3; run++)
    {
        var watch = Stopwatch.StartNew();
        action();
        best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
    }

    return best;
}

static IEnumerable<(string Name, string Text)> HostileTexts()
{
    static string Fill(string unit) => new StringBuilder().Insert(0, unit, 100_000 / unit.Length + 1).ToString(0, 100_000);
    yield return ("digitFlood", new string('7', 100_000));
    yield return ("spacedDigits", Fill("1234 "));
    yield return ("hashSigns", new string('#', 100_000));
    yield return ("hashNumbers", Fill("# 12 "));
    yield return ("mySon", Fill("my son "));
    yield return ("capitalisedWords", Fill("Maria Lopez Garcia Chavez "));
    yield return ("caseCues", Fill("case claim no. "));
    yield return ("streetWords", Fill("12 Main St Calle "));
    yield return ("tollFreeNumbers", Fill("1-800-555-0100 "));
    yield return ("cuesPhonesAndStreets", Fill("# 12345 (505) 555-0142 12 Main St #12345 "));
    yield return ("familyAndRelations", Fill("the Baca family la familia my neighbor, Rosa, my caseworker, "));
    yield return ("mixedPersonalData", Fill("My name is Maria Lopez, born 1/2/1960, case 2023-SN-448812, 123 Main St, call (505) 555-0142. "));
}

static JsonObject Score(List<(Item Item, MaskResult Result)> part, bool withDetails)
{
    var kinds = Enum.GetValues<PersonalDataKind>();
    var perKind = kinds.ToDictionary(k => k, _ => new Counts());
    var overall = new Counts();
    var anyKind = new Counts();
    long labelledChars = 0, labelledCharsMasked = 0, maskedChars = 0, maskedCharsLabelled = 0;
    int withData = 0, withDataHeld = 0, clean = 0, cleanHeld = 0, published = 0;
    var misses = new JsonArray();
    var falsePositives = new JsonArray();
    var heldClean = new JsonArray();
    var publishedWithData = new JsonArray();
    var flagKinds = new Dictionary<string, int>();

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

        foreach (var flag in result.Flags)
        {
            flagKinds[flag.Kind.ToString()] = flagKinds.GetValueOrDefault(flag.Kind.ToString()) + 1;
        }

        if (gold.Count > 0)
        {
            withData++;
            withDataHeld += result.NeedsReview ? 1 : 0;
            if (!result.NeedsReview)
            {
                published++;
                if (withDetails)
                {
                    publishedWithData.Add(new JsonObject { ["id"] = item.Id, ["text"] = item.Text });
                }
            }
        }
        else
        {
            clean++;
            cleanHeld += result.NeedsReview ? 1 : 0;
            if (result.NeedsReview && withDetails)
            {
                heldClean.Add(new JsonObject
                {
                    ["id"] = item.Id,
                    ["text"] = item.Text,
                    ["why"] = string.Join("; ", result.Findings.Select(f => $"masked {f.Kind} '{item.Text.Substring(f.Start, f.Length)}'")
                        .Concat(result.Flags.Select(f => $"{f.Reason} '{item.Text.Substring(f.Start, f.Length)}'"))),
                });
            }
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
        ["publishedWithPersonalData"] = $"{published}/{withData}",
        ["review"] = new JsonObject
        {
            ["textsWithPersonalDataHeld"] = $"{withDataHeld}/{withData}",
            ["shareOfTextsWithPersonalDataHeld"] = Ratio(withDataHeld, withData),
            ["cleanTextsHeld"] = $"{cleanHeld}/{clean}",
            ["shareOfCleanTextsHeld"] = Ratio(cleanHeld, clean),
        },
        ["flagsByKind"] = new JsonObject(flagKinds.OrderBy(k => k.Key).Select(k => KeyValuePair.Create(k.Key, (JsonNode?)k.Value))),
        ["kinds"] = kindsJson,
    };

    if (withDetails)
    {
        score["publishedWithPersonalDataTexts"] = publishedWithData;
        score["misses"] = misses;
        score["falsePositives"] = falsePositives;
        score["heldCleanTexts"] = heldClean;
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

static string FindDefault(string name) => Path.Combine(FindRoot(), "bench", "masker", name);

static string FindRoot()
{
    foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CommunityVoice.sln")))
            {
                return dir.FullName;
            }
        }
    }

    throw new DirectoryNotFoundException("CommunityVoice.sln not found above the bench or the current directory.");
}

static List<Item> ReadSet(string path) => File.ReadLines(path)
    .Where(line => !string.IsNullOrWhiteSpace(line))
    .Select(line => JsonSerializer.Deserialize<Item>(line, JsonOptions.Read)!)
    .ToList();

List<string> Values(string name)
{
    var values = new List<string>();
    for (var a = 0; a < args.Length - 1; a++)
    {
        if (args[a] == name)
        {
            values.Add(args[a + 1]);
        }
    }

    return values;
}

string? OptionValue(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
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
