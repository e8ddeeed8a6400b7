using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.Privacy;
using CommunityVoice.Tests.Support;

namespace CommunityVoice.Tests.Core.PersonalData;

public class PersonalDataScreenTests
{
    static readonly PersonalDataMasker Masker = TestMasker.Rules;

    [Theory]
    // Formats the masker does not mask (too few digits for it to be sure) are still held for a person.
    [InlineData("Confirmation ABX77Q2 was emailed but never honored.", "ABX77Q2", PersonalDataFlagKind.Identifier)]
    [InlineData("Mi expediente es el 4412, nadie lo revisa.", "4412", PersonalDataFlagKind.Identifier)]
    [InlineData("The clerk wrote 99188231 on my form.", "99188231", PersonalDataFlagKind.LongNumber)]
    [InlineData("we live off CR 4990 near Aztec", "CR 4990", PersonalDataFlagKind.Address)]
    [InlineData("mi dirección es calle 5 de mayo 203, Sunland Park", "calle 5 de mayo 203", PersonalDataFlagKind.Address)]
    [InlineData("We live at apt 4 in the Sunset apartments.", "apt 4", PersonalDataFlagKind.Address)]
    [InlineData("The form went to Gloria at the front desk.", "Gloria", PersonalDataFlagKind.Name)]
    [InlineData("Brandon is struggling to get his SSI restored", "Brandon", PersonalDataFlagKind.Name)]
    public void FlagsWhatMightBePersonalEvenWhenNothingIsMasked(string text, string value, PersonalDataFlagKind kind)
    {
        var result = Masker.Mask(text);

        Assert.True(result.NeedsReview);
        var flag = Assert.Single(result.Flags, f => text.Substring(f.Start, f.Length) == value);
        Assert.Equal(kind, flag.Kind);
        Assert.False(string.IsNullOrWhiteSpace(flag.Reason));
        Assert.DoesNotContain(value, flag.Reason);
        Assert.DoesNotContain(value, flag.ToString());
    }

    [Theory]
    [InlineData("Route 66 traffic near Tucumcari is fine but the rest stop is closed.")]
    [InlineData("HB 2 and SB 17 passed; NMSA 1978 § 27-2-12 applies.")]
    [InlineData("We got $1,200 and 3,400 families were served in 2024, 45% more.")]
    [InlineData("ZIP 87102 and 87105-2231 have no grocery store.")]
    [InlineData("The hotline 1-855-697-4974 only has recordings; call 211 instead.")]
    [InlineData("Grant number 2023-CDBG-118 funded the senior center roof.")]
    [InlineData("I drive I-25 every day from Belen and US 550 is worse.")]
    [InlineData("The 2020 census counted 2,117,522 people in New Mexico.")]
    [InlineData("Executive Order 2020-004 set the emergency rules in 2020.")]
    [InlineData("Governor Michelle Lujan Grisham signed the budget.")]
    [InlineData("La carretera 28 entre Mesilla y Anthony necesita reparación.")]
    [InlineData("Room 322 of the Roundhouse was too small for the hearing.")]
    [InlineData("Roads need repair in Taos County; Water needs testing in Deming.")]
    public void LeavesPublicLookAlikesUnflagged(string text)
    {
        var result = Masker.Mask(text);

        Assert.False(result.NeedsReview, string.Join("; ", result.Findings.Select(f => f.ToString()).Concat(result.Flags.Select(f => f.ToString()))));
    }

    [Fact]
    public void AFlagInsideSomethingMaskedIsNotRepeated()
    {
        var result = Masker.Mask("My claim no. 77-4419-2 was closed.");

        Assert.Single(result.Findings);
        Assert.Empty(result.Flags);
    }

    [Fact]
    public void TheHoldReasonNamesKindsOnlyInAStableOrder()
    {
        var flags = new[]
        {
            new PersonalDataFlag(PersonalDataFlagKind.Address, 10, 4, "house number before a street word"),
            new PersonalDataFlag(PersonalDataFlagKind.Identifier, 0, 5, "number after 'claim'"),
            new PersonalDataFlag(PersonalDataFlagKind.Address, 20, 4, "PO box or rural route"),
        };

        Assert.Equal("might hold personal data (identifier, address)", PersonalDataFlag.HoldReason(flags));
        Assert.Null(PersonalDataFlag.HoldReason([]));
    }

    [Fact]
    public void ATitleIsScreenedLikeAnyOtherField()
    {
        var result = Masker.Mask("Xochitl lost her benefits");

        Assert.True(result.NeedsReview);
    }
}
