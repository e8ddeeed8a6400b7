using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.PersonalData.Detectors;

namespace CommunityVoice.Tests.Core.PersonalData.Detectors;

// Street forms from bench/masker/tune.jsonl and the issue: numbered roads, rural boxes, units on either side,
// Spanish word order, lower case.
public class AddressDetectorTests
{
    static readonly AddressDetector Detector = new();

    [Theory]
    [InlineData("1234 State Road 14 floods every July.", "1234 State Road 14")]
    [InlineData("We are at 88 county road 12 north of Clayton.", "88 county road 12")]
    [InlineData("Send mail to 4990 CR 5500, Bloomfield.", "4990 CR 5500")]
    [InlineData("Our address is HC 73 Box 88C, Vallecitos.", "HC 73 Box 88C")]
    [InlineData("Unit 4, 2200 Golf Course Rd SE, Rio Rancho", "Unit 4, 2200 Golf Course Rd SE")]
    [InlineData("Mailing address: #7, 51961 Eubank Pl, Belen NM", "#7, 51961 Eubank Pl")]
    [InlineData("We live at 12 Camino de los Pueblitos, Placitas.", "12 Camino de los Pueblitos")]
    [InlineData("Please send the forms to 10 old church ln, Albuquerque.", "10 old church ln")]
    [InlineData("Vivimos en 845 camino del monte cerca de Taos", "845 camino del monte")]
    [InlineData("Our trailer is at 1600 US Hwy 70 Unit 3 in Ruidoso.", "1600 US Hwy 70 Unit 3")]
    public void FindsStreetLinesInEveryForm(string text, string value) =>
        DetectorAssert.Finds(Detector, PersonalDataKind.Address, text, value);

    [Theory]
    [InlineData("Route 66 traffic backs up every Friday.")]
    [InlineData("It is 5 miles down the road from the chapter house.")]
    [InlineData("I-25 and US 550 need more lanes; $12 Main Street grants went unspent.")]
    [InlineData("Our apartment at the end of the block has mold.")]
    public void LeavesRoadsAndDistancesAlone(string text) => DetectorAssert.FindsNothing(Detector, text);
}
