using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.Privacy;
using CommunityVoice.Tests.Support;

namespace CommunityVoice.Tests.Core.PersonalData;

// The classes of formats added in the second pass (BENCHMARKS.md, "Second pass"), one or two examples each,
// written like the second-pass templates of bench/masker/generate_tune.py rather than copied from a held-out set.
public class SecondPassClassesTests
{
    static readonly PersonalDataMasker Masker = TestMasker.Instance;

    [Theory]
    // Social security numbers: the last four around the cue, nine digits after "social".
    [InlineData("The last 4 digits of my social are 0419.", "0419", PersonalDataKind.SocialSecurityNumber)]
    [InlineData("Las últimas cuatro cifras de mi seguro social son 7702.", "7702", PersonalDataKind.SocialSecurityNumber)]
    [InlineData("Seguro Social: 3318", "3318", PersonalDataKind.SocialSecurityNumber)]
    [InlineData("her social is 601223344 and she never worked in Texas", "601223344", PersonalDataKind.SocialSecurityNumber)]
    // Dates of birth after abbreviated cues, in brackets after a name, with the month as a word or a short year.
    [InlineData("b. 4.11.1962", "4.11.1962", PersonalDataKind.DateOfBirth)]
    [InlineData("D.o.b. Mar 3 1950, and the letter has the wrong year.", "Mar 3 1950", PersonalDataKind.DateOfBirth)]
    [InlineData("Fecha de nac. 19 de julio del 1971.", "19 de julio del 1971", PersonalDataKind.DateOfBirth)]
    [InlineData("My grandkids Owen (2/9/2014) and Della (Aug 2 2016) were dropped from WIC.", "2/9/2014", PersonalDataKind.DateOfBirth)]
    [InlineData("She was born in '58 in Raton.", "'58", PersonalDataKind.DateOfBirth)]
    [InlineData("Nací en el 47 en Tierra Amarilla.", "47", PersonalDataKind.DateOfBirth)]
    [InlineData("Mi fecha de nacimiento está mal: es el 03/11/1952.", "03/11/1952", PersonalDataKind.DateOfBirth)]
    [InlineData("It's filed under 398 - 157 - 985 at the county.", "398 - 157 - 985", PersonalDataKind.CaseNumber)]
    // Emails written so that robots cannot read them.
    [InlineData("reach me at rbaca [at] comcast.com please", "rbaca [at] comcast.com", PersonalDataKind.Email)]
    [InlineData("Write to me: lucero.ana (at) yahoo (dot) com", "lucero.ana (at) yahoo (dot) com", PersonalDataKind.Email)]
    [InlineData("Escríbanme a tomas88 arroba outlook.com", "tomas88 arroba outlook.com", PersonalDataKind.Email)]
    [InlineData("Email: dgallegos at hotmail.com", "dgallegos at hotmail.com", PersonalDataKind.Email)]
    // Phones typed as ten bare digits.
    [InlineData("my cell changed, it is 5753394471 now", "5753394471", PersonalDataKind.Phone)]
    // Addresses: the house after the road, mile markers, mobile home parks, lower-case Spanish streets.
    [InlineData("We live at County Road 41 #118, Aztec.", "County Road 41 #118", PersonalDataKind.Address)]
    [InlineData("Mail goes to US 64 mile marker 212 space 9, past the cattle guard.", "US 64 mile marker 212 space 9", PersonalDataKind.Address)]
    [InlineData("We rent Space 17, Mesa Vista Mobile Home Park and the rent went up.", "Space 17, Mesa Vista Mobile Home Park", PersonalDataKind.Address)]
    [InlineData("Mi domicilio es calle las flores 212 en Belen.", "calle las flores 212", PersonalDataKind.Address)]
    // Case numbers: the last four of a card, the cue after the code, codes glued to a prefix or with dots.
    [InlineData("They said the EBT card ending in 8841 was closed.", "8841", PersonalDataKind.CaseNumber)]
    [InlineData("300-118237-52 is my case and nobody calls back.", "300-118237-52", PersonalDataKind.CaseNumber)]
    [InlineData("The letter only shows NM40771234 at the top.", "NM40771234", PersonalDataKind.CaseNumber)]
    [InlineData("My claim is WRX.4410.327 according to the portal.", "WRX.4410.327", PersonalDataKind.CaseNumber)]
    // Names: lists after group words, job titles, addressed people, signatures with roles, lower case.
    [InlineData("My students Naomi, Efraín and Loretta want to present.", "Efraín", PersonalDataKind.Name)]
    [InlineData("Officer Sandoval said the clinic would call.", "Sandoval", PersonalDataKind.Name)]
    [InlineData("Ask Wilbert, he knows the whole story.", "Wilbert", PersonalDataKind.Name)]
    [InlineData("Thanks to Gwen at the food bank for the ride.", "Gwen", PersonalDataKind.Name)]
    [InlineData("Sent from home.\nDerek Okafor, Treasurer, Acequia Association", "Derek Okafor", PersonalDataKind.Name)]
    [InlineData("my uncle marcus says the well is dry again.", "marcus", PersonalDataKind.Name)]
    [InlineData("Mi compadre anselmo dice que el arroyo se desbordó.", "anselmo", PersonalDataKind.Name)]
    [InlineData("i am the coordinator, travis harrison, and we need the data.", "travis harrison", PersonalDataKind.Name)]
    [InlineData("Thank you for reading. regards, owen begay", "owen begay", PersonalDataKind.Name)]
    [InlineData("Thanks for the help.\nBest, Naomi & Harold", "Harold", PersonalDataKind.Name)]
    public void MasksTheSecondPassFormats(string text, string value, PersonalDataKind kind)
    {
        var result = Masker.Mask(text);

        var finding = Assert.Single(result.Findings, f => text.Substring(f.Start, f.Length) == value);
        Assert.Equal(kind, finding.Kind);
    }

    [Theory]
    // Public look-alikes that the first pass held: meeting dates, dockets, census and table ids, letter-prefixed
    // grants, an agency's main line, a form's box, places and events named after people, streets before "need".
    [InlineData("The public hearing is set for 9.16.2026 in Room 168.")]
    [InlineData("La audiencia pública es el 3/5/2026 en el Capitolio.")]
    [InlineData("The NMPRC docket 24-00117-UT covers the rate increase.")]
    [InlineData("Census tract 35013000905 shows no data for 2024.")]
    [InlineData("Table S1701 from the ACS has the poverty numbers.")]
    [InlineData("Our group got HUD grant M-24-MC-35-0417 and needs the outcome data.")]
    [InlineData("Call the Workforce Solutions main line, 505-841-8405, during office hours.")]
    [InlineData("On Form W-2, box 12 shows the wrong amount.")]
    [InlineData("The Roy Quintana Community Center needs better lighting in the parking lot.")]
    [InlineData("Cerca del parque Heather Whitaker no hay banquetas.")]
    [InlineData("Central and Broadway need a left-turn signal; 12th St needs a crosswalk.")]
    [InlineData("Parking at the State Fair and the Balloon Fiesta should be studied.")]
    [InlineData("Please publish the 2025-2026 school year data; Meeting ID 871 2233 4455 is on the agenda.")]
    public void LeavesTheSecondPassLookAlikesPublic(string text)
    {
        var result = Masker.Mask(text);

        Assert.False(result.NeedsReview, string.Join("; ", result.Findings.Select(f => $"{f.Kind} {text.Substring(f.Start, f.Length)}"))
                                         + " | " + string.Join("; ", result.Flags.Select(f => f.Reason)));
    }

    [Theory]
    // Digits spelled or spaced out, and the last four of some number: held even though nothing is masked.
    [InlineData("Call me at five oh five 555 1234.")]
    [InlineData("the number is 5 0 5 8 8 2 1 4 3 0")]
    [InlineData("The portal wants the last four 5521 again.")]
    public void HoldsSpelledDigitsAndLastFour(string text)
    {
        Assert.True(Masker.Mask(text).NeedsReview);
    }

    [Theory]
    // Loose shapes the masker cannot be sure of: spaced digit groups, a short number after a birth word, a handle
    // before a mail provider, a house number before a name and a town, a first name after "named" or "call".
    [InlineData("It's filed under 61 2207 8 at the county.")]
    [InlineData("SSN: 585 - 22 - 4190")]
    [InlineData("nací en el 57 en Mora")]
    [InlineData("mi correo es beto.g en yahoo")]
    [InlineData("Our place is the blue house at 9 Vista Grande, Placitas.")]
    [InlineData("We spoke to a lady named Rosalba at the office.")]
    [InlineData("Please call Teodoro back.")]
    public void HoldsLooseShapesOfPersonalData(string text)
    {
        Assert.True(Masker.Mask(text).NeedsReview);
    }
}
