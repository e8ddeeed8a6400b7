namespace CommunityVoice.Core.Clustering;

/// <summary>
/// The sentence model reads English only. A Spanish text is turned into a rough English word list before it
/// is embedded: each word is looked up in a glossary of civic vocabulary (placeholder until the glossary lands).
/// </summary>
public static class SpanishGloss
{
    public static string ToEnglishWords(string text, string language) => text;
}
