using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using CommunityVoice.Site.Hosting;

namespace CommunityVoice.Site.Infrastructure.Staff;

public static class StaffServiceExtensions
{
    public static void AddSiteStaff(this IServiceCollection services, SiteSettings settings, bool production)
    {
        if (settings.DatabaseProvider == DatabaseOptions.Postgres)
            services.AddDbContext<StaffDbContext, PostgresStaffDbContext>(o => o.UseNpgsql(settings.ConnectionString, x => x.MigrationsHistoryTable(StaffDbContext.HistoryTable)));
        else
            services.AddDbContext<StaffDbContext, SqliteStaffDbContext>(o => o.UseSqlite(settings.ConnectionString, x => x.MigrationsHistoryTable(StaffDbContext.HistoryTable)));

        services.AddIdentity<IdentityUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Password.RequiredUniqueChars = 6;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<StaffDbContext>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "cv.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = production ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/staff/login";
            o.LogoutPath = "/staff/logout";
            o.AccessDeniedPath = "/staff/denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffRoles.CanView, p => p.RequireRole(StaffRoles.Admin, StaffRoles.Triage, StaffRoles.Viewer))
            .AddPolicy(StaffRoles.CanTriage, p => p.RequireRole(StaffRoles.Admin, StaffRoles.Triage))
            .AddPolicy(StaffRoles.CanAdminister, p => p.RequireRole(StaffRoles.Admin));
    }
}
