using Microsoft.AspNetCore.Identity;
using CommunityVoice.Core.PersonalData;

namespace CommunityVoice.Site.Infrastructure.Staff;

/// <summary>
/// <c>staff add --email E --role Admin|Triage|Viewer --password-stdin</c>: staff accounts are made by an operator
/// on the server, never self-registered. The password is read from standard input so it is not in shell history.
/// </summary>
public static class StaffCommand
{
    const string Usage = "usage: staff add --email E --role Admin|Triage|Viewer --password-stdin";

    /// <returns>True when the arguments were a staff command (it has run and the process should exit).</returns>
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] != "staff") return false;
        Environment.ExitCode = await RunAsync(app.Services, args[1..], Console.In, Console.Out, Console.Error);
        return true;
    }

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] != "add")
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }
        string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var email = Option("--email");
        var role = StaffRoles.All.FirstOrDefault(r => string.Equals(r, Option("--role"), StringComparison.OrdinalIgnoreCase));
        if (email is null || role is null || !args.Contains("--password-stdin"))
        {
            await error.WriteLineAsync(email is null ? "--email is required. " + Usage
                : role is null ? $"--role must be one of {string.Join(", ", StaffRoles.All)}. " + Usage
                : "--password-stdin is required: pipe the password in. " + Usage);
            return 2;
        }
        var password = (await input.ReadLineAsync())?.TrimEnd('\r', '\n');
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync("No password was given on standard input.");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var name in StaffRoles.All.Where(name => !roles.RoleExistsAsync(name).GetAwaiter().GetResult()))
            await roles.CreateAsync(new IdentityRole(name));

        if (await users.FindByEmailAsync(email) is not null)
        {
            await error.WriteLineAsync($"A staff account for {email} already exists.");
            return 1;
        }
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true, LockoutEnabled = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            foreach (var problem in created.Errors) await error.WriteLineAsync(problem.Description);
            return 1;
        }
        await users.AddToRoleAsync(user, role);
        await output.WriteLineAsync($"Staff account {email} added with role {role}.");
        return 0;
    }
}
