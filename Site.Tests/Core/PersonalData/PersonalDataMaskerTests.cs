using System.Text;
using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.Privacy;
using CommunityVoice.Tests.Support;

namespace CommunityVoice.Tests.Core.PersonalData;

public class PersonalDataMaskerTests
{
    static readonly PersonalDataMasker Masker = TestMasker.Instance;

    static MaskResult Mask(string text) => Masker.Mask(text);

    // The masked text must contain the token, must no longer contain the value, and the finding must point at
    // exactly the value in the original text.
    static void AssertMasked(string text, string value, PersonalDataKind kind, string token)
    {
        var result = Mask(text);

        Assert.True(result.Changed);
        Assert.Contains(token, result.Text);
        Assert.DoesNotContain(value, result.Text);
        var finding = Assert.Single(result.Findings, f => f.Kind == kind);
        Assert.Equal(value, text.Substring(finding.Start, finding.Length));
    }

    [Theory]
    [InlineData("Please write to maria.lopez@example.org about the meeting.", "maria.lopez@example.org")]
    [InlineData("My email: J.GARCIA+data@Mail.ABQ-Neighbors.org", "J.GARCIA+data@Mail.ABQ-Neighbors.org")]
    [InlineData("Escríbanme a familia_lucero@yahoo.com.mx por favor", "familia_lucero@yahoo.com.mx")]
    public void MasksEmailAddresses(string text, string value) =>
        AssertMasked(text, value, PersonalDataKind.Email, "[email removed]");

    [Theory]
    [InlineData("My son's food stamps stopped, call me at (505) 555-0142 after 5.", "(505) 555-0142")]
    [InlineData("Phone 575-555-0136 any day", "575-555-0136")]
    [InlineData("text 505.555.0119 if you can", "505.555.0119")]
    [InlineData("Reach me on +1 505 555 0111 please", "+1 505 555 0111")]
    [InlineData("You can call 5053680122 in the morning", "5053680122")]
    [InlineData("Llámenme al (575) 555-0128, gracias", "(575) 555-0128")]
    [InlineData("My cell is 555-0142 if it helps", "555-0142")]
    [InlineData("Mi hermana vive en Juárez, su número es +52 656 555 0134", "+52 656 555 0134")]
    public void MasksPhoneNumbers(string text, string value) =>
        AssertMasked(text, value, PersonalDataKind.Phone, "[phone removed]");

    [Theory]
    [InlineData("We live at 4501 Montgomery Blvd NE and the water is brown.", "4501 Montgomery Blvd NE")]
    [InlineData("My place is 310 N Main St, Apt 4B in Roswell.", "310 N Main St, Apt 4B")]
    [InlineData("Send it to PO Box 1187, Taos NM 87571.", "PO Box 1187")]
    [InlineData("mi casa está en 1420 Calle del Sol, Las Cruces", "1420 Calle del Sol")]
    [InlineData("Vivo en Calle Ocho 123, en Anthony.", "Calle Ocho 123")]
    [InlineData("the house at 56 juniper rd flooded again", "56 juniper rd")]
    public void MasksStreetAddresses(string text, string value) =>
        AssertMasked(text, value, PersonalDataKind.Address, "[address removed]");

    [Theory]
    [InlineData("I was born on 03/14/1962 in Gallup.", "03/14/1962")]
    [InlineData("DOB: 1962-03-14. Member since 2010.", "1962-03-14")]
    [InlineData("My date of birth is March 14, 1962 and the form says 1926.", "March 14, 1962")]
    [InlineData("Nací el 14 de marzo de 1962 en Chihuahua.", "14 de marzo de 1962")]
    [InlineData("Fecha de nacimiento: 14/03/1962", "14/03/1962")]
    [InlineData("my grandmother, born in May 1938, is losing her sight", "May 1938")]
    [InlineData("Mi esposo nació en 1956 y ya no maneja.", "1956")]
    public void MasksDatesOfBirth(string text, string value) =>
        AssertMasked(text, value, PersonalDataKind.DateOfBirth, "[date of birth removed]");

    [Theory]
    [InlineData("Someone is using 123-45-6789 to apply for benefits.", "123-45-6789")]
    [InlineData("SSN 123456789, please fix my record", "123456789")]
    [InlineData("my social security number is 123 45 6789", "123 45 6789")]
    [InlineData("Mi número de seguro social es 585-31-7720.", "585-31-7720")]
    [InlineData("My SSN ends in 4417 and the form rejects it.", "4417")]
    public void MasksSocialSecurityNumbers(string text, string value) =>
        AssertMasked(text, value, PersonalDataKind.SocialSecurityNumber, "[SSN removed]");

    [Theory]
    [InlineData("My SNAP case 2023-SN-448812 was closed.", "2023-SN-448812")]
    [InlineData("claim number 7741298 is still pending", "7741298")]
    [InlineData("Número de expediente 2022-FAM-00917.", "2022-FAM-00917")]
    [InlineData("Member ID NM00482177 does not work on the portal.", "NM00482177")]
    [InlineData("My account is 0033-481127-09 and I was charged twice.", "0033-481127-09")]
    [InlineData("The letter was about HSD-2021-004471.", "HSD-2021-004471")]
    [InlineData("My Medicare number is 1EG4-TE5-MK73 and it was printed wrong.", "1EG4-TE5-MK73")]
    [InlineData("My EBT card number is 5077 1234 5678 9012 and it was stolen.", "5077 1234 5678 9012")]
    [InlineData("My driver's license number is 123456789.", "123456789")]
    public void MasksCaseNumbers(string text, string value) =>
        AssertMasked(text, value, PersonalDataKind.CaseNumber, "[case number removed]");

    [Theory]
    [InlineData("My name is Maria Lopez and I live in Hobbs.", "Maria Lopez")]
    [InlineData("Hi, I'm Kevin Yazzie. We need better internet.", "Kevin Yazzie")]
    [InlineData("Me llamo Rosa Elena Chávez y soy maestra.", "Rosa Elena Chávez")]
    [InlineData("mi nombre es rosa y vivo en sunland park", "rosa")]
    [InlineData("My daughter Aaliyah needs her records.", "Aaliyah")]
    [InlineData("I'm writing for my mother, Rosalind Baca, who is 86.", "Rosalind Baca")]
    [InlineData("Mrs. Abeyta from the senior center sent me.", "Abeyta")]
    [InlineData("La Sra. Martínez de la oficina no contesta.", "Martínez")]
    [InlineData("Please add bike lanes.\n\nThanks,\nRudy Baca", "Rudy Baca")]
    [InlineData("Keep up the good work. Mark Brennan", "Mark Brennan")]
    [InlineData("See you at the session.\n\nBest,\nKatherine Nez-Begaye\nDiné College student", "Katherine Nez-Begaye")]
    [InlineData("Queremos datos en español.\n— Luz María Herrera", "Luz María Herrera")]
    [InlineData("Mi vecina, la señora Carmen Ortega, me ayuda con los niños.", "Carmen Ortega")]
    [InlineData("Hello my name is JUAN PEREZ and i need help", "JUAN PEREZ")]
    [InlineData("From: Laura Begay <laura.begay@example.org>", "Laura Begay")]
    [InlineData("Please mail information to Josephine Cordova, 315 Calle Alvarado, Belen.", "Josephine Cordova")]
    public void MasksPersonalNames(string text, string value) =>
        AssertMasked(text, value, PersonalDataKind.Name, "[name removed]");

    [Theory]
    [InlineData("Comments are due by March 15, 2026, and the plan starts in 2027.")]
    [InlineData("In 2023 the program served 12,000 families; the budget is $45 million, up 8% from FY2024.")]
    [InlineData("ZIP codes 87102 and 87105 had the lowest vaccination rates.")]
    [InlineData("The Department of Health and the Health Care Authority run Medicaid, SNAP and WIC.")]
    [InlineData("Section 27-2B-4 NMSA 1978 and HB 2 set the rules, and COVID-19 changed them.")]
    [InlineData("I am Navajo and I live in Doña Ana County.")]
    [InlineData("The listening session is on 12/05/2026 at 5:30 pm in Santa Fe.")]
    [InlineData("La reunión es el 5 de septiembre de 2026 en Las Cruces.")]
    [InlineData("En 2024 el estado gastó $3 millones en el condado de Sandoval.")]
    [InlineData("Call 311 or 988 if you need help tonight.")]
    [InlineData("Birth rates have fallen since 2015 in every county.")]
    [InlineData("Traffic on Highway 285 between Santa Fe and Española is worse since 2019.")]
    [InlineData("The state has 2,117,522 residents and 33 counties.")]
    [InlineData("Forms W-2 and 1099-G arrive in January; I-25 is closed near Socorro.")]
    [InlineData("Thank you for coming to Gallup.\nSanta Fe")]
    [InlineData("Please include our group.\n\nThanks,\nSouth Valley Neighbors Association")]
    [InlineData("As a parent I am Worried about how student data is used.")]
    [InlineData("I had a case of COVID-19 in 2021 and a claim under Title 42.")]
    [InlineData("My son was born early; his surgery is on 3/4/2026.")]
    [InlineData("Soy Hispana y vivo en Nuevo México desde 1990.")]
    [InlineData("Our neighbor Mesa del Sol development uses a lot of water.")]
    public void LeavesOrdinaryTextUntouched(string text)
    {
        var result = Mask(text);

        Assert.False(result.Changed, string.Join(", ", result.Findings));
        Assert.Equal(text, result.Text);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void MasksTheExampleFromTheIssueAtTheRightPositions()
    {
        const string text = "My son's SNAP case 2023-SN-448812 was closed, call me at (505) 555-0142";

        var result = Mask(text);

        Assert.Equal("My son's SNAP case [case number removed] was closed, call me at [phone removed]", result.Text);
        Assert.Equal(
            [new PersonalDataFinding(PersonalDataKind.CaseNumber, 19, 14), new PersonalDataFinding(PersonalDataKind.Phone, 57, 14)],
            result.Findings);
    }

    [Fact]
    public void MasksASpanishSubmissionWithTheSameTokens()
    {
        const string text = "Me llamo Guadalupe Sandoval y vivo en 1420 Calle del Sol. Mi hijo Mateo nació el 3 de mayo de 2012. " +
            "Número de caso: 2023-MD-551902. Mi teléfono es 575-555-0163 y mi correo lupe.sandoval@gmail.com.";

        var result = Mask(text);

        Assert.Equal(
            "Me llamo [name removed] y vivo en [address removed]. Mi hijo [name removed] nació el [date of birth removed]. " +
            "Número de caso: [case number removed]. Mi teléfono es [phone removed] y mi correo [email removed].",
            result.Text);
    }

    [Fact]
    public void FindingsPointAtTheOriginalTextInOrderWithoutOverlap()
    {
        const string text = "Name: Brenda Salazar\nPhone: 575-555-0184\nEmail: bsalazar@example.com\nDOB 6-2-1972, SSN 219 88 4012.";

        var result = Mask(text);

        Assert.Equal(
            [PersonalDataKind.Name, PersonalDataKind.Phone, PersonalDataKind.Email, PersonalDataKind.DateOfBirth, PersonalDataKind.SocialSecurityNumber],
            result.Findings.Select(f => f.Kind));
        Assert.Equal(
            ["Brenda Salazar", "575-555-0184", "bsalazar@example.com", "6-2-1972", "219 88 4012"],
            result.Findings.Select(f => text.Substring(f.Start, f.Length)));
    }

    [Fact]
    public void OverlappingFindingsBecomeOne()
    {
        // The 3-2-4 shape and the "SSN" cue both find this number.
        var result = Mask("SSN 123-45-6789.");

        var finding = Assert.Single(result.Findings);
        Assert.Equal(new PersonalDataFinding(PersonalDataKind.SocialSecurityNumber, 4, 11), finding);
        Assert.Equal("SSN [SSN removed].", result.Text);
    }

    [Fact]
    public void FindingsNeverShowTheValueTheyPointAt()
    {
        const string text = "I'm Teresa Archuleta, teresa58@yahoo.com, (505) 555-0187, SSN 447-81-2290, case UI-2024-0093341, " +
            "born July 4, 1961, at 2217 Vista Linda Dr SW.";

        var result = Mask(text);

        Assert.Equal(7, result.Findings.Count);
        foreach (var finding in result.Findings)
        {
            var value = text.Substring(finding.Start, finding.Length);
            Assert.DoesNotContain(value, finding.ToString());
            Assert.DoesNotContain(value, result.ToString());
        }
    }

    [Fact]
    public void MaskingTheSameTextTwiceGivesTheSameResult()
    {
        const string text = "My name is Carlos Montoya, I live at 4501 Montgomery Blvd NE. Call (505) 555-0142.";

        var first = Mask(text);
        var second = TestMasker.Create().Mask(text);

        Assert.Equal(first.Text, second.Text);
        Assert.Equal(first.Findings, second.Findings);
    }

    [Fact]
    public void EmptyTextIsNotChanged()
    {
        var result = Mask("");

        Assert.False(result.Changed);
        Assert.Equal("", result.Text);
    }

    public static TheoryData<string> HostileInputs()
    {
        var data = new TheoryData<string>
        {
            " ",
            "\0\u0001\u0002\u001b[31m\r\n\t",
            "😀👨‍👩‍👧 call me 📞 (505) 555-0142 🙏",
            "\ud800 lone surrogate \udfff and My name is \ud83d",
            "My name is",
            "my son",
            "Mr.",
            "SSN",
            "born",
            "—",
            "Thanks,\n",
            "@@@@@....----((((()))))++++",
            "\u202Eevil right-to-left override 505-555-0142\u202C",
        };

        data.Add(new string('9', 100_000));
        data.Add(new string('a', 50_000) + "@" + new string('b', 50_000));
        data.Add(string.Concat(Enumerable.Repeat("(505) ", 20_000)));
        data.Add(string.Concat(Enumerable.Repeat("My name is Maria Lopez, born 1/2/1960, case 2023-SN-448812, 123 Main St. ", 1_400)));
        data.Add(string.Concat(Enumerable.Repeat("Calle De La De La ", 6_000)) + "123");
        data.Add(string.Concat(Enumerable.Repeat("1-", 50_000)));
        data.Add(string.Concat(Enumerable.Repeat("Aa ", 34_000)));

        var random = new Random(20261125);
        const string alphabet = "aZ0 9-./()+@#,:\n\t'’—ñÁ😀\u0000";
        for (var i = 0; i < 40; i++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 400);
            for (var j = 0; j < length; j++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            data.Add(builder.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void HostileInputNeverThrowsAndFindingsStayInsideTheText(string text)
    {
        var result = Mask(text);

        var position = 0;
        foreach (var finding in result.Findings)
        {
            Assert.True(finding.Start >= position && finding.Length > 0 && finding.End <= text.Length, finding.ToString());
            position = finding.End;
        }

        Assert.Equal(result.Findings.Count > 0, result.Changed);
        Assert.Equal(result.Changed, result.Text != text);
    }

    [Fact]
    public void NullTextIsTreatedAsEmpty()
    {
        var result = Masker.Mask(null!);

        Assert.False(result.Changed);
        Assert.Equal("", result.Text);
    }

    [Fact]
    public void EveryKindHasItsOwnEnglishToken()
    {
        var tokens = Enum.GetValues<PersonalDataKind>().Select(PersonalDataMasker.ReplacementFor).ToList();

        Assert.Equal(
            ["[email removed]", "[phone removed]", "[address removed]", "[date of birth removed]", "[SSN removed]",
             "[case number removed]", "[name removed]"],
            tokens);
    }
}
