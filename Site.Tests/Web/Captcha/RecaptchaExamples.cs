namespace CommunityVoice.Tests.Web.Captcha;

/// <summary>
/// siteverify answers, copied verbatim from <c>../shared/specs/recaptcha/examples/</c> (file named above each) so the
/// tests need nothing outside the repository. Those marked "derived" change one field of the example named, to a
/// value the spec (<c>../shared/specs/README.md</c> section 3) says siteverify can send.
/// </summary>
public static class RecaptchaExamples
{
    // siteverify.v3.success.constructed.json
    public const string V3Success = """
        {
          "success": true,
          "challenge_ts": "2025-01-15T10:21:33Z",
          "hostname": "www.example.com",
          "score": 0.9,
          "action": "contact"
        }
        """;

    // siteverify.v3.low-score.constructed.json
    public const string V3LowScore = """
        {
          "success": true,
          "challenge_ts": "2025-01-15T10:21:33Z",
          "hostname": "www.example.com",
          "score": 0.1,
          "action": "contact"
        }
        """;

    // siteverify.error.timeout-or-duplicate.constructed.json
    public const string TimeoutOrDuplicate = """
        {
          "success": false,
          "error-codes": ["timeout-or-duplicate"]
        }
        """;

    // siteverify.error.invalid-input-secret.constructed.json
    public const string InvalidInputSecret = """
        {
          "success": false,
          "error-codes": ["invalid-input-secret"]
        }
        """;

    // Derived from siteverify.error.invalid-input-secret.constructed.json with Google's code for a bad token
    // (README section 3, "Error codes"); there is no example file for it.
    public const string InvalidInputResponse = """
        {
          "success": false,
          "error-codes": ["invalid-input-response"]
        }
        """;

    // siteverify.testkey.success.constructed.json (what the v2 test keys get: no score, no action)
    public const string TestKeySuccess = """
        {
          "success": true,
          "challenge_ts": "2025-01-15T10:21:33Z",
          "hostname": "testkey.google.com"
        }
        """;

    // Derived from siteverify.v3.success.constructed.json with the score as a string, as in the official client's
    // fixtures (google-recaptcha-php.ResponseTest.fixtures.json).
    public const string V3SuccessWithScoreAsString = """
        {
          "success": true,
          "challenge_ts": "2025-01-15T10:21:33Z",
          "hostname": "www.example.com",
          "score": "0.9",
          "action": "contact"
        }
        """;

    // Derived from siteverify.v3.success.constructed.json with error-codes beside success:true, which the official
    // client treats as a pass (README section 3).
    public const string V3SuccessWithErrorCodes = """
        {
          "success": true,
          "challenge_ts": "2025-01-15T10:21:33Z",
          "hostname": "www.example.com",
          "score": 0.9,
          "action": "contact",
          "error-codes": ["test"]
        }
        """;

    // google-recaptcha-php.ResponseTest.fixtures.json: the raw bodies the official PHP client is tested against.
    public static readonly string[] OfficialClientFixtures =
    [
        """{"success": true}""",
        """{"success": true, "hostname": "google.com"}""",
        """{"success": false, "error-codes": ["test"]}""",
        """{"success": false, "error-codes": ["test"], "hostname": "google.com"}""",
        """{"success": false, "error-codes": ["test"], "hostname": "google.com", "challenge_ts": "timestamp", "apk_package_name": "apk", "score": "0.5", "action": "action"}""",
        """{"success": false}""",
        """{"success": false, "hostname": "google.com"}""",
    ];
}
