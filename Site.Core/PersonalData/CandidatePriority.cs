namespace CommunityVoice.Core.PersonalData;

/// <summary>
/// How strong each detector's evidence is when two candidates overlap: an "@" or a 3-2-4 pattern says more than
/// a capitalised word.
/// </summary>
public static class CandidatePriority
{
    public const int Email = 100;
    public const int SocialSecurityNumber = 90;
    public const int CuedCaseNumber = 85;
    public const int DateOfBirth = 80;
    public const int Phone = 70;
    public const int Address = 60;
    public const int CaseNumber = 50;
    public const int Name = 40;
    public const int Learned = 30;
}
