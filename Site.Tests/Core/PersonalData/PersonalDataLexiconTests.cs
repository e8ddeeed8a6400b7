using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.Privacy;
using CommunityVoice.Tests.Support;

namespace CommunityVoice.Tests.Core.PersonalData;

public class PersonalDataLexiconTests
{
    [Fact]
    public void PlaceNamesComeFromTheContentFolder()
    {
        var lexicon = TestMasker.Lexicon;

        Assert.Contains("Truth or Consequences", lexicon.PlaceNames);
        Assert.Contains("Doña Ana", lexicon.PlacePhrases);
        Assert.Contains("Tucumcari", lexicon.PlaceWords);
        Assert.True(lexicon.PlaceNames.Count >= 150 + 33);
    }

    [Fact]
    public void AnotherStateIsADifferentContentFolder()
    {
        var folder = Directory.CreateTempSubdirectory();
        Directory.CreateDirectory(Path.Combine(folder.FullName, "data"));
        File.WriteAllText(Path.Combine(folder.FullName, "data", "towns.csv"), "name,kind\nPagosa Springs,town\nDurango,city\n");

        var lexicon = PersonalDataLexicon.Load(folder.FullName);
        var masker = new PersonalDataMasker(lexicon, TimeProvider.System);

        Assert.Contains("Durango", lexicon.PlaceWords);
        Assert.DoesNotContain("Tucumcari", lexicon.PlaceWords);
        Assert.False(masker.Mask("Thanks for coming.\nPagosa Springs").Changed);
        folder.Delete(recursive: true);
    }

    [Fact]
    public void TheWordListsAreEmbeddedAndNotEmpty()
    {
        var lexicon = PersonalDataLexicon.FromPlaces([]);

        Assert.Contains("neighbor", lexicon.Relations);
        Assert.Contains("expediente", lexicon.IdentifierCues);
        Assert.Contains("Department", lexicon.OrganisationWords);
        Assert.Contains("familia", lexicon.FamilyWords);
    }
}
