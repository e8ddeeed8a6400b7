using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.Privacy;
using CommunityVoice.Tests.Support;

namespace CommunityVoice.Tests.Core.PersonalData.Detectors;

/// <summary>Runs one detector alone, as the masker would, and checks what it found.</summary>
static class DetectorAssert
{
    public static DetectionContext Context { get; } = new(TestMasker.Lexicon, TestMasker.Now.Year);

    public static List<Candidate> Run(IPersonalDataDetector detector, string text)
    {
        var found = new List<Candidate>();
        detector.Find(text, Context, found);
        return found;
    }

    public static void Finds(IPersonalDataDetector detector, PersonalDataKind kind, string text, string value)
    {
        var found = Run(detector, text);
        Assert.Contains(found, c => c.Kind == kind && text[c.Start..c.End] == value);
    }

    public static void FindsNothing(IPersonalDataDetector detector, string text) =>
        Assert.Empty(Run(detector, text).Select(c => text[c.Start..c.End]));
}
