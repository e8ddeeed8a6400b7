using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.Privacy;
using CommunityVoice.Core.PersonalData.Detectors;
using CommunityVoice.Tests.Support;

namespace CommunityVoice.Tests.Core.PersonalData.Detectors;

// Cases drawn from bench/masker/tune.jsonl (generated) and the probe.
public class CaseNumberDetectorTests
{
    static readonly CaseNumberDetector Detector = new(TestMasker.Lexicon);

    [Theory]
    [InlineData("My claim no. 77-4419-2 was closed with no reason.", "77-4419-2")]
    [InlineData("Please check member ID: 4628271R, it was denied twice.", "4628271R")]
    [InlineData("Under account # H-88752 they say I owe money.", "H-88752")]
    [InlineData("My reference is 4419 227 19 and they can't find it.", "4419 227 19")]
    [InlineData("Still waiting on docket AY-0762-66629 from 2027.", "AY-0762-66629")]
    [InlineData("It is filed under BA-0174 at the Department of Health.", "BA-0174")]
    [InlineData("Reference: 2024/118/776 from the ombudsman.", "2024/118/776")]
    [InlineData("My driver licence A1234567 was suspended.", "A1234567")]
    [InlineData("Mi número de cuenta 6333129K lleva meses sin respuesta.", "6333129K")]
    [InlineData("Desde 2017 tengo abierto el núm. 7186674P y nada.", "7186674P")]
    [InlineData("Está registrado como 5104-132 en el asesor del condado.", "5104-132")]
    [InlineData("ticket #44817 was closed without a fix", "44817")]
    public void FindsIdentifiersAfterCueWordsInAnyShape(string text, string value) =>
        DetectorAssert.Finds(Detector, PersonalDataKind.CaseNumber, text, value);

    [Theory]
    [InlineData("Our group received award number 2024-DY-237 for the community garden.")]
    [InlineData("The Governor's executive order 2019-003 set targets for 2030.")]
    [InlineData("Grant number 2023-CDBG-118 funded the senior center roof.")]
    [InlineData("Send it to 538 Main St, Clovis, NM 87501. Case closed.")]
    [InlineData("Under NMSA 1978 § 27-2-12 the department must report, and HB 2 funds it.")]
    [InlineData("The case load grew 45% to 12,500 in 2024.")]
    public void LeavesPublicNumbersAlone(string text) => DetectorAssert.FindsNothing(Detector, text);
}
