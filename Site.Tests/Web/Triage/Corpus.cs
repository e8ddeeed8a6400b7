namespace CommunityVoice.Tests.Web.Triage;

/// <summary>A small realistic corpus: three topics, English and Spanish, with counties.</summary>
public static class Corpus
{
    public static readonly (string Topic, string Title, string Body, string County, string Language)[] Items =
    [
        ("water", "Uranium in private wells near old mines", "Families on the Navajo Nation haul water because wells near abandoned uranium mines are contaminated. Publish test results by chapter.", "McKinley", "en"),
        ("water", "Drinking water test results for rural wells", "Which rural wells have been tested for arsenic and uranium, and where are the results?", "San Juan", "en"),
        ("water", "Acequia water shortages during drought", "Show how much water reaches acequias in dry years and which farms lose their irrigation.", "Rio Arriba", "en"),
        ("water", "Boil water notices by town", "How often do small water systems issue boil water notices, and which towns have the most?", "Luna", "en"),
        ("water", "Agua contaminada en los pozos", "El agua de los pozos cerca de las minas de uranio está contaminada. Queremos ver los resultados de las pruebas del agua.", "McKinley", "es"),
        ("water", "Sequía y agua para las acequias", "¿Cuánta agua llega a las acequias en los años de sequía? Los parciantes necesitan datos.", "Taos", "es"),
        ("housing", "Eviction filings by county each month", "How many eviction cases are filed in each county every month, and how many families lose their homes?", "Bernalillo", "en"),
        ("housing", "Rent increases and housing vouchers", "Rents went up fast. How many families wait for a housing voucher and how long is the waiting list?", "Doña Ana", "en"),
        ("housing", "Homeless shelters beds and waiting lists", "Publish how many shelter beds are free each night and how many people are turned away.", "Bernalillo", "en"),
        ("housing", "Affordable housing units built each year", "How many affordable homes and apartments were built with state money, and where?", "Santa Fe", "en"),
        ("housing", "Desalojos y aumento de la renta", "¿Cuántas familias fueron desalojadas este año? La renta sube y no alcanza para pagar la casa.", "Doña Ana", "es"),
        ("housing", "Lista de espera para vivienda pública", "Queremos saber cuánto tiempo esperan las familias en la lista de vivienda pública.", "Chaves", "es"),
        ("transport", "Bus routes to rural clinics", "Which rural towns have no bus to the nearest clinic or hospital, and how long is the ride?", "Socorro", "en"),
        ("transport", "Dangerous highway crossings and crashes", "Show where crashes happen on state highways and which crossings are most dangerous for pedestrians.", "Bernalillo", "en"),
        ("transport", "Potholes and road repairs in small towns", "Which county roads are waiting for repairs and how long have the potholes been reported?", "Lea", "en"),
        ("transport", "School bus rides longer than an hour", "How many children ride a school bus for more than an hour each way on rural routes?", "Catron", "en"),
        ("transport", "Autobuses y transporte a las citas médicas", "No hay autobús para ir a las citas médicas en el pueblo. ¿Cuántas personas no tienen transporte?", "Socorro", "es"),
        ("transport", "Choques en la carretera y baches", "Hay muchos choques en la carretera y baches en los caminos del condado. Publiquen los datos de accidentes.", "Luna", "es"),
    ];
}
