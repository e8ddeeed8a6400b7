using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.PersonalData.Detectors;

namespace CommunityVoice.Tests.Core.PersonalData.Detectors;

// Emails, phones, dates of birth and SSNs in the shapes bench/masker/generate_tune.py writes.
public class ContactDetectorTests
{
    [Theory]
    [InlineData("My email is d.begay@gmail.com if you have questions.", "d.begay@gmail.com")]
    [InlineData("Mi correo es rosa arroba hotmail punto com.", "rosa arroba hotmail punto com")]
    public void FindsEmails(string text, string value) =>
        DetectorAssert.Finds(new EmailDetector(), PersonalDataKind.Email, text, value);

    [Theory]
    [InlineData("Call me at (575) 555-4455 after 5.", "(575) 555-4455")]
    [InlineData("Llámenme al 505.555.0187 por la tarde.", "505.555.0187")]
    [InlineData("text +1 505 555 0111", "+1 505 555 0111")]
    public void FindsPhones(string text, string value) =>
        DetectorAssert.Finds(new PhoneDetector(), PersonalDataKind.Phone, text, value);

    [Theory]
    [InlineData("Call the hotline at 1-800-432-6217 for help.")]
    [InlineData("La línea de ayuda (888) 435-7553 nunca contesta.")]
    public void LeavesTollFreeHotlinesAlone(string text) => DetectorAssert.FindsNothing(new PhoneDetector(), text);

    [Theory]
    [InlineData("My father, born 4/17/1958, was dropped from Medicaid.", "4/17/1958")]
    [InlineData("Mi mamá nació el 3 de marzo de 1944 y le quitaron el Medicaid.", "3 de marzo de 1944")]
    public void FindsDatesOfBirth(string text, string value) =>
        DetectorAssert.Finds(new DateOfBirthDetector(), PersonalDataKind.DateOfBirth, text, value);

    [Theory]
    [InlineData("My SSN is 585 22 4190 and it shows someone else's wages.", "585 22 4190")]
    [InlineData("Mi número de seguro social es 585224190.", "585224190")]
    public void FindsSocialSecurityNumbers(string text, string value) =>
        DetectorAssert.Finds(new SocialSecurityNumberDetector(), PersonalDataKind.SocialSecurityNumber, text, value);

    [Fact]
    public void TheLatestBirthYearComesFromTheClockNotALiteral()
    {
        const string text = "My daughter was born on 3/4/2029 in Gallup.";
        var detector = new DateOfBirthDetector();
        var found2026 = new List<Candidate>();
        var found2030 = new List<Candidate>();

        detector.Find(text, DetectorAssert.Context with { CurrentYear = 2026 }, found2026);
        detector.Find(text, DetectorAssert.Context with { CurrentYear = 2030 }, found2030);

        Assert.Empty(found2026);
        Assert.Single(found2030);
    }
}
