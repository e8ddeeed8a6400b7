namespace CommunityVoice.Core.PersonalData;

/// <summary>What a <see cref="PersonalDataFlag"/> might be.</summary>
public enum PersonalDataFlagKind
{
    /// <summary>A case, claim, account, ticket or similar number or code.</summary>
    Identifier,

    /// <summary>A driver licence, state ID, passport or similar government number.</summary>
    GovernmentId,

    /// <summary>A house number and street, a road number near a home, a PO box or a unit.</summary>
    Address,

    /// <summary>A capitalised word used as a person's name.</summary>
    Name,

    /// <summary>A run of seven or more digits that is not money, a year, a ZIP code or a phone number.</summary>
    LongNumber,

    /// <summary>Something like a phone number, email or date of birth that the rules did not mask.</summary>
    Contact,
}
