namespace CommunityVoice.Tests.Web.Email;

/// <summary>
/// Mailjet Send API v3.1 answers, copied verbatim from <c>../shared/specs/mailjet/examples/</c> (file named above each)
/// so the tests need nothing outside the repository. The few marked "constructed" follow the documented shapes
/// in <c>../shared/specs/README.md</c> section 2 where the docs give no example.
/// </summary>
public static class MailjetExamples
{
    // send-v3.1.basic.api-response.docs.json
    public const string BasicResponse = """
        {
          "Messages": [
            {
              "Status": "success",
              "To": [
                {
                  "Email": "passenger1@mailjet.com",
                  "MessageUUID": "123",
                  "MessageID": 456,
                  "MessageHref": "https://api.mailjet.com/v3/message/456"
                }
              ]
            }
          ]
        }
        """;

    // send-v3.1.sandbox.api-response.docs.json
    public const string SandboxResponse = """
        {
          "Messages": [
            {
              "Status": "success",
              "CustomID": "",
              "To": [
                {
                  "Email": "passenger1@mailjet.com",
                  "MessageUUID": "",
                  "MessageID": 0,
                  "MessageHref": "https://api.mailjet.com/v3/message/0"
                }
              ],
              "Cc": [],
              "Bcc": []
            }
          ]
        }
        """;

    // send-v3.1.response.dotnet-fixture.json
    public const string DotnetFixtureResponse = """
        {
          "Messages": [
            {
              "Status": "success",
              "Errors": [
                {
                  "ErrorIdentifier": "1ab23cd4-e567-8901-2345-6789f0gh1i2j",
                  "ErrorCode": "send-0010",
                  "StatusCode": 400,
                  "ErrorMessage": "Template ID \"123456789\" doesn't exist for your account.",
                  "ErrorRelatedTo": [
                    "TemplateID"
                  ]
                }
              ],
              "CustomID": "CustomValue",
              "To": [
                {
                  "Email": "passenger@mailjet.com",
                  "MessageUUID": "1ab23cd4-e567-8901-2345-6789f0gh1i2j",
                  "MessageID": 1234567890987654400,
                  "MessageHref": "https://api.mailjet.com/v3/message/1234567890987654321"
                }
              ],
              "Cc": [
                {
                  "Email": "passenger2@mailjet.com",
                  "MessageUUID": "9ab87cd6-e567-8901-2345-6789f0gh1i2j",
                  "MessageID": 876543210987655000,
                  "MessageHref": "https://api.mailjet.com/v3/message/9876543210987654321"
                }
              ],
              "Bcc": [
                {
                  "Email": "passenger3@mailjet.com",
                  "MessageUUID": "9ab87cd6-e567-8901-2345-1234ab4321ba",
                  "MessageID": 123123123321321330,
                  "MessageHref": "https://api.mailjet.com/v3/message/123123123321321321"
                }
              ]
            }
          ]
        }
        """;

    // send-v3.1.errors.error-in-validation-of-the-json-payload.docs.json
    public const string ValidationErrorResponse = """
        {
          "Messages": [
            {
              "Status": "error",
              "Errors": [
                {
                  "ErrorIdentifier": "f987008f-251a-4dff-8ffc-40f1583ad7bc",
                  "ErrorCode": "mj-0004",
                  "StatusCode": 400,
                  "ErrorMessage": "Type mismatch. Expected type \"array of emails\".",
                  "ErrorRelatedTo": [
                    "HTMLPart",
                    "TemplateID"
                  ]
                },
                {
                  "ErrorIdentifier": "8e28ac9c-1fd7-41ad-825f-1d60bc459189",
                  "ErrorCode": "mj-0005",
                  "StatusCode": 400,
                  "ErrorMessage": "The To is mandatory but missing from the input",
                  "ErrorRelatedTo": [
                    "To"
                  ]
                }
              ]
            }
          ]
        }
        """;

    // send-v3.1.errors.global-error-example-broken-json-format.docs.json
    public const string BrokenJsonGlobalError = """
        {
          "ErrorIdentifier": "06df1144-c6f3-4ca7-8885-7ec5d4344113",
          "ErrorCode": "mj-0002",
          "ErrorMessage": "Malformed JSON, please review the syntax and properties types.",
          "StatusCode": 400
        }
        """;
    // Constructed: the per-message error shape of send-v3.1.errors.error-in-validation-of-the-json-payload.docs.json
    // with the mj-0013 row of the error table (bad email format); the message quotes the address, as Mailjet's do.
    public const string InvalidAddressResponse = """
        {
          "Messages": [
            {
              "Status": "error",
              "Errors": [
                {
                  "ErrorIdentifier": "2d1c4f07-9b0e-4a55-8c52-3c0b5f1e2a10",
                  "ErrorCode": "mj-0013",
                  "StatusCode": 400,
                  "ErrorMessage": "\"ana.garcia@example\" is an invalid email address.",
                  "ErrorRelatedTo": [
                    "To[0].Email"
                  ]
                }
              ]
            }
          ]
        }
        """;

    // Constructed: the global error shape of send-v3.1.errors.global-error-example-broken-json-format.docs.json
    // with the mj-0015 row of the error table (401, bad credentials).
    public const string BadCredentialsError = """
        {
          "ErrorIdentifier": "5f3b0a8e-7c1d-4e2f-9a6b-0d4c3b2a1f09",
          "ErrorCode": "mj-0015",
          "ErrorMessage": "The user did not provide valid authorization credentials.",
          "StatusCode": 401
        }
        """;

    // Constructed: "500 responses carry ErrorIdentifier" (specs README section 2, from the Send API errors docs).
    public const string ServerError = """
        {
          "ErrorIdentifier": "9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4",
          "StatusCode": 500,
          "ErrorMessage": "Internal Server Error"
        }
        """;
}
