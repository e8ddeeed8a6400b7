using CommunityVoice.Core.PersonalData;

namespace CommunityVoice.Site.Pages.Staff;

/// <summary>
/// A public text cut into plain and flagged pieces, so the moderation queue can mark exactly the words the
/// safety net thinks might still be personal, beside the text a person is about to publish.
/// </summary>
public sealed record FlaggedText(string Field, IReadOnlyList<FlaggedText.Piece> Pieces)
{
    /// <param name="Reason">Why the safety net flagged it; null for plain text.</param>
    public sealed record Piece(string Text, string? Reason);

    public IEnumerable<Piece> Flagged => Pieces.Where(p => p.Reason is not null);

    public static FlaggedText Of(string field, string text, IReadOnlyList<PersonalDataFlag> flags)
    {
        var pieces = new List<Piece>();
        var position = 0;
        foreach (var flag in flags.OrderBy(f => f.Start))
        {
            if (flag.Start < position || flag.End > text.Length) continue;
            if (flag.Start > position) pieces.Add(new Piece(text[position..flag.Start], null));
            pieces.Add(new Piece(text[flag.Start..flag.End], flag.Reason));
            position = flag.End;
        }
        if (position < text.Length) pieces.Add(new Piece(text[position..], null));
        return new FlaggedText(field, pieces);
    }
}
