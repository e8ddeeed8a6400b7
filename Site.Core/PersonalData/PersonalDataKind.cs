namespace CommunityVoice.Core.PersonalData;

/// <summary>The kinds of personal data that <see cref="PersonalDataMasker"/> finds and masks in free text.</summary>
public enum PersonalDataKind
{
    /// <summary>An email address.</summary>
    Email,

    /// <summary>A telephone number.</summary>
    Phone,

    /// <summary>A street address, post office box or rural route.</summary>
    Address,

    /// <summary>A date (or month and year) given as someone's date of birth.</summary>
    DateOfBirth,

    /// <summary>A social security number, or its last four digits when the text says so.</summary>
    SocialSecurityNumber,

    /// <summary>A case, claim, account, member or similar identifier.</summary>
    CaseNumber,

    /// <summary>A person's name, where the text makes it detectable.</summary>
    Name,
}
