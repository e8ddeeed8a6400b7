namespace CommunityVoice.Site.Infrastructure.Staff;

/// <summary>Staff roles, from most to least powerful. Each role can do everything the ones below it can.</summary>
public static class StaffRoles
{
    public const string Admin = "Admin";
    public const string Triage = "Triage";
    public const string Viewer = "Viewer";

    public static readonly IReadOnlyList<string> All = [Admin, Triage, Viewer];

    /// <summary>Policy names: "at least this role".</summary>
    public const string CanView = "staff.view", CanTriage = "staff.triage", CanAdminister = "staff.admin";
}
