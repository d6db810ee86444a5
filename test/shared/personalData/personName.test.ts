import { expect } from "chai";
import { findPersonNames } from "../../../shared/personalData";
import { expectWellFormed, runNearMisses, runTrueCases } from "./support";

const names = (text: string) => findPersonNames(text).map((finding) => finding.text);

describe("personalData/personName", () => {
  describe("true cases: given name and surname", () => {
    runTrueCases(findPersonNames, "person_name", [
      { text: "Betrokkene verklaarde dat Ioana Popescu zes dagen per week werkte.", found: "Ioana Popescu", key: "person_name:ioana popescu" },
      { text: "Blessing Okafor kwam via Lagos en Madrid naar Brussel.", found: "Blessing Okafor", key: "person_name:blessing okafor" },
      { text: "Het verhoor van Yonas Tesfaye vond plaats met een advocaat.", found: "Yonas Tesfaye", key: "person_name:yonas tesfaye" },
      { text: "Notulen opgesteld door Joost van der Meer.", found: "Joost van der Meer", key: "person_name:joost van der meer" },
      { text: "Le dossier de Karim El Amrani a été transmis.", found: "Karim El Amrani", key: "person_name:karim el amrani" },
      { text: "She met Maria Lopes dos Santos in Porto.", found: "Maria Lopes dos Santos", key: "person_name:maria lopes dos santos" },
      { text: "L'employeur payait Jean-Luc Lambert en espèces.", found: "Jean-Luc Lambert", key: "person_name:jean-luc lambert" },
      { text: "The suspect Kevin O'Brien ran the agency.", found: "Kevin O'Brien", key: "person_name:kevin o'brien" },
    ]);
  });

  describe("true cases: initials, capitals, diacritics, line breaks", () => {
    runTrueCases(findPersonNames, "person_name", [
      { text: "Het rapport werd nagelezen door A. Petrova.", found: "A. Petrova", key: "person_name:a petrova" },
      { text: "J.P. Janssens (parket) zat de vergadering voor.", found: "J.P. Janssens", key: "person_name:j p janssens" },
      { text: "In het pv staat PETROVA Ana als benadeelde partij.", found: "PETROVA Ana", key: "person_name:petrova ana" },
      { text: "Witness statement of Nguyễn Thị Lan, interviewed in Vietnamese.", found: "Nguyễn Thị Lan", key: "person_name:nguyen thi lan" },
      { text: "Verder sprak de werkgroep met Łukasz Wiśniewski over zijn ongeval.", found: "Łukasz Wiśniewski", key: "person_name:lukasz wisniewski" },
      { text: "Ștefan Ionescu a été entendu lundi.", found: "Ștefan Ionescu", key: "person_name:stefan ionescu" },
      { text: "Het slachtoffer Ana\nPetrova verklaarde dat zij niet betaald werd.", found: "Ana\nPetrova", key: "person_name:ana petrova" },
    ]);
  });

  describe("true cases: titles (not part of the span)", () => {
    runTrueCases(findPersonNames, "person_name", [
      { text: "Mevrouw Janssens van de sociale inspectie belde.", found: "Janssens", key: "person_name:janssens" },
      { text: "Mevr. De Backer nam de aanmelding aan.", found: "De Backer", key: "person_name:de backer" },
      { text: "Dhr. P. de Smet leidde het gesprek.", found: "P. de Smet", key: "person_name:p de smet" },
      { text: "Gesprek met meneer Van den Broeck over de huur.", found: "Van den Broeck", key: "person_name:van den broeck" },
      { text: "M. Dupont, inspecteur social, a constaté les faits.", found: "Dupont", key: "person_name:dupont" },
      { text: "Selon Mme Aminata Diallo, la jeune femme était sous emprise.", found: "Aminata Diallo", key: "person_name:aminata diallo" },
      { text: "Monsieur Gérard Müller a loué le logement.", found: "Gérard Müller", key: "person_name:gerard muller" },
      { text: "Mrs Okonkwo paid for her own ticket.", found: "Okonkwo", key: "person_name:okonkwo" },
      { text: "According to Dr Jan de Vries, the boy was ill.", found: "Jan de Vries", key: "person_name:jan de vries" },
      { text: "Prof. Willem van Dijk presented the research.", found: "Willem van Dijk", key: "person_name:willem van dijk" },
      { text: "The girls called the trafficker \"Madam Juliet\".", found: "Juliet", key: "person_name:juliet" },
    ]);
  });

  describe("true cases: after role words", () => {
    runTrueCases(findPersonNames, "person_name", [
      { text: "Het slachtoffer, Mirela, werd doorverwezen.", found: "Mirela", key: "person_name:mirela" },
      { text: "De verdachte Krasimir Georgiev bleef zwijgen.", found: "Krasimir Georgiev", key: "person_name:krasimir georgiev" },
      { text: "Betrokkene Dumitrescu werkte in de serre.", found: "Dumitrescu", key: "person_name:dumitrescu" },
      { text: "De werkgever, Vandenhoute, betaalde contant.", found: "Vandenhoute", key: "person_name:vandenhoute" },
      { text: "La victime, Elena Vasilescu, a été hébergée.", found: "Elena Vasilescu", key: "person_name:elena vasilescu" },
      { text: "Le prévenu Ivanov conteste les faits.", found: "Ivanov", key: "person_name:ivanov" },
      { text: "L'employeur, Lambrechts, a été entendu.", found: "Lambrechts", key: "person_name:lambrechts" },
      { text: "The victim, Ana Petrova, was referred to Payoke.", found: "Ana Petrova", key: "person_name:ana petrova" },
      { text: "The employer Horvat kept the passports.", found: "Horvat", key: "person_name:horvat" },
      { text: "Een man genaamd Tonio haalde hen op.", found: "Tonio", key: "person_name:tonio" },
    ]);
  });

  describe("true cases: one name, by itself", () => {
    runTrueCases(findPersonNames, "person_name", [
      { text: "Oksana belde de hulplijn vanaf een geleende telefoon.", found: "Oksana", key: "person_name:oksana" },
      { text: "In de schuur sliep ook Vasile.", found: "Vasile", key: "person_name:vasile" },
      { text: "Een buurvrouw belde toen Roos niet meer opdaagde.", found: "Roos", key: "person_name:roos" },
      { text: "Hope explained that she was moved between three cities.", found: "Hope", key: "person_name:hope" },
      { text: "Joy a appelé le numéro d'urgence.", found: "Joy", key: "person_name:joy" },
    ]);
  });

  describe("true cases: names that are also words, inside Dutch and French sentences", () => {
    runTrueCases(findPersonNames, "person_name", [
      { text: "Op voorstel van Griet Lammens wordt het punt verdaagd.", found: "Griet Lammens", key: "person_name:griet lammens" },
      { text: "De eigenaar van de woning, Rob Koster, verhuurde elke kamer.", found: "Rob Koster", key: "person_name:rob koster" },
      { text: "Zij werkte voor de familie Al-Masri als huishoudhulp.", found: "Al-Masri", key: "person_name:al-masri" },
      { text: "Goodwillambassadeur Ozark Henry nam deel aan een debat.", found: "Ozark Henry", key: "person_name:ozark henry" },
    ]);
  });

  describe("near misses", () => {
    runNearMisses(findPersonNames, [
      ["shelters", "Payoke, Pag-Asa en Sürya zijn de erkende opvangcentra; CoMensha coördineert."],
      ["police services", "De Federale Politie en de Police Grand-Ducale werkten samen met Europol en Eurojust."],
      ["places", "De werkgroep vergaderde in Den Haag, daarna in Esch-sur-Alzette en in Sint-Niklaas."],
      ["places that are also names", "Vluchten uit Lagos, een opvang in Gent en een kantoor in Florence."],
      ["programmes and bodies", "Het programma Samen tegen mensenhandel en de Nationaal Rapporteur; Myria, FOD Justitie, IND, KMar."],
      ["ministries and courts", "Het Ministerie van Justitie en Veiligheid, de Raad van State en het Hof van Beroep."],
      ["months and days", "In May and June; Monday's meeting moved to Tuesday."],
      ["nationalities and languages", "Romanian, Bulgarian and Nigerian victims spoke English; de Roemeense en Vietnamese slachtoffers."],
      ["common words that are also names, starting a sentence", "Mark the open items. Grace periods end in June. Will the group meet?"],
      ["a French word that is also a name", "Pierre angulaire du dispositif. Victoire importante pour les victimes."],
      ["a pronoun", "Elle est née à Lagos. Il a été entendu."],
      ["streets without a number", "La rue de la Loi et l'avenue Louise; de Kerkstraat."],
      ["a company after a role word", "De werkgever Schoonmaakbedrijf Hendriks BV betaalde niet."],
      ["a heading in capitals", "SECRETARIAT GÉNÉRAL"],
      ["a capitalised sentence start", "Gisteren vergaderde de werkgroep. Volgens het verslag ging het goed."],
      ["a title without a name", "Mevrouw de voorzitter opende de vergadering. Madame la ministre."],
      ["the word madam", "The madam in Lagos kept the money."],
      ["English titles of things", "The meeting in the Rose Garden; the Grace Period Directive and the Victoria Line."],
      ["a saint's day", "On Saint Nicholas Day the shelter organised a party."],
      ["names in compounds of things", "Het Marie Curie-programma en de Jan Palfijn-campus; de Koning Boudewijnstichting."],
      ["a word after an article", "Dutch, French and English versions of the Iris leaflet are ready."],
    ]);
  });

  it("keeps titles and role words out of the span and explains them", () => {
    const text = "La victime, Mme Elena Vasilescu, et dhr. J. van den Berg.";
    const findings = findPersonNames(text);
    expectWellFormed(text, findings, "person_name");
    expect(findings.map((finding) => [finding.text, finding.reason, finding.reasonContext])).to.deep.equal([
      ["Elena Vasilescu", "name_after_title", "Mme"],
      ["J. van den Berg", "name_after_title", "dhr"],
    ]);
    expect(findPersonNames("Het slachtoffer, Ioana, werd gehoord.")[0]).to.include({ reason: "name_after_role", reasonContext: "Het slachtoffer" });
  });

  it("masks all but the initials", () => {
    expect(findPersonNames("The victim, Ana Petrova, spoke.")[0]!.masked).to.equal("A. P******");
    expect(findPersonNames("Notulen door Joost van der Meer.")[0]!.masked).to.equal("J. van der M***");
    expect(findPersonNames("Oksana belde.")[0]!.masked).to.equal("O*****");
  });

  it("finds several names in one sentence, each with its own span", () => {
    expect(names("Aanwezig: Els Vermeulen (Myria), Joost van der Meer (CoMensha) en Sophie Kremer (Police Grand-Ducale).")).to.deep.equal([
      "Els Vermeulen",
      "Joost van der Meer",
      "Sophie Kremer",
    ]);
  });

  it("returns on long and odd input", () => {
    for (const filler of ["Ana ", "A. ", "van ", "Mevrouw ", "het slachtoffer ", "PETROVA ", "Jean-"]) {
      const long = filler.repeat(Math.ceil(20_000 / filler.length));
      expectWellFormed(long, findPersonNames(long), "person_name");
    }
  });
});
