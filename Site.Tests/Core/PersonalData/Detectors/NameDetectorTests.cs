using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.Privacy;
using CommunityVoice.Core.PersonalData.Detectors;
using CommunityVoice.Tests.Support;

namespace CommunityVoice.Tests.Core.PersonalData.Detectors;

// Names beside relations, roles and family words, in titles and after conversations, from bench/masker/tune.jsonl
// and the probe.
public class NameDetectorTests
{
    static readonly NameDetector Detector = new(TestMasker.Lexicon);

    [Theory]
    [InlineData("We are helping the Villalobos family with their eviction.", "Villalobos")]
    [InlineData("The Baca family down the road lost their home.", "Baca")]
    [InlineData("La familia Yepa no tiene agua.", "Yepa")]
    [InlineData("I am the director, Kateri Yellowhorse, of the senior program.", "Kateri Yellowhorse")]
    [InlineData("Soy la directora, Lupita Esquibel, de un banco de comida.", "Lupita Esquibel")]
    [InlineData("Ana Ruiz, my caseworker, told me to write here.", "Ana Ruiz")]
    [InlineData("Maria needs help with rent", "Maria")]
    [InlineData("Wilbert can't get to dialysis", "Wilbert")]
    [InlineData("Talked to Marlene Montoya at CYFD yesterday.", "Marlene Montoya")]
    [InlineData("Hablé con Efraín Padilla de la MVD y no pasó nada.", "Efraín Padilla")]
    [InlineData("Rosa Whitaker from CYFD said the form was lost.", "Rosa Whitaker")]
    [InlineData("Help for Shaundeen and her kids", "Shaundeen")]
    [InlineData("Thanks for listening.\nWendy Etsitty\nShe lives in Gallup.", "Wendy Etsitty")]
    [InlineData("You can reach Guadalupe Sandoval at (505) 555-2087.", "Guadalupe Sandoval")]
    public void FindsNamesBesideRelationsRolesFamiliesAndVerbs(string text, string value)
    {
        var found = new List<Candidate>();
        // Names before contact details need the phone found first, as in the masker.
        new PhoneDetector().Find(text, DetectorAssert.Context, found);
        Detector.Find(text, DetectorAssert.Context, found);
        Assert.Contains(found, c => c.Kind == PersonalDataKind.Name && text[c.Start..c.End] == value);
    }

    [Theory]
    [InlineData("Roads need repair in Taos County; Water needs testing in Deming.")]
    [InlineData("La carretera 28 entre Mesilla y Anthony necesita reparación.")]
    [InlineData("El condado de Doña Ana tiene pocas clínicas.")]
    [InlineData("The Navajo Nation chapter house needs broadband.")]
    [InlineData("Housing needs are growing in Santa Fe.")]
    public void LeavesPlacesAndThingsAlone(string text) => DetectorAssert.FindsNothing(Detector, text);
}
