/**
 * Typical 2–5 KB messages for the classifier benchmarks: recruiting mail in six languages with
 * signatures, quoted history and footers, plus business mail, written for the benchmark (not
 * taken from any corpus). Pure TypeScript so the workerd benchmark can bundle it.
 *
 * Run directly to print the sample's size distribution: `npx node bench/classifier-sample-messages.ts`.
 */
import type { MessageInput } from "../src/engine/model.ts";

const BODIES: readonly [string, string, string][] = [
  [
    "out",
    "Your application to Northwind",
    "Hi Sam,\n\nThank you for your interest in the Senior Backend Engineer role and for the time you spent with the team. After careful consideration we have decided to move forward with other candidates whose experience is closer to what we need right now.\n\nWe will keep your details on file and wish you every success in your search.",
  ],
  [
    "out",
    "Interview – Data Analyst",
    "Hi Sam,\n\nThanks for applying! We'd love to invite you to a first interview with the analytics team. Could you share your availability for next week? Alternatively pick a slot here: https://calendly.com/northwind-recruiting/interview\n\nThe call takes about 45 minutes.",
  ],
  [
    "out",
    "Confirmation de votre entretien",
    "Bonjour Sam,\n\nJe vous confirme votre entretien le jeudi 12 mars à 14h00 dans nos locaux. Merci de vous présenter à l'accueil dix minutes avant l'heure prévue.\n\nAu plaisir de vous rencontrer.",
  ],
  [
    "out",
    "Einladung zum Vorstellungsgespräch",
    "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem Vorstellungsgespräch einladen. Bitte teilen Sie uns Ihre Verfügbarkeit für die kommende Woche mit.\n\nViele Grüße",
  ],
  [
    "out",
    "Oferta – Northwind",
    "Hola Sam:\n\nNos complace ofrecerte el puesto de Analista de Datos. Adjuntamos la carta oferta con las condiciones y la fecha de incorporación.\n\n¡Enhorabuena!",
  ],
  [
    "in",
    "RE: Entrevista – Northwind",
    "Olá Jordan,\n\nObrigado pelo convite. Estou disponível na terça às 10h ou na quarta à tarde.\n\nAbraços,\nSam",
  ],
  [
    "in",
    "Vraag over mijn sollicitatie",
    "Hoi Jordan,\n\nIk wilde even vragen naar de stand van zaken rond mijn sollicitatie. Is er al iets bekend over de volgende stappen?\n\nGroeten,\nSam",
  ],
  [
    "in",
    "Withdrawing my application",
    "Hi Jordan,\n\nThank you for your time during the process. I have accepted another offer and would like to withdraw my application for the Data Analyst role.\n\nBest wishes,\nSam",
  ],
  [
    "int",
    "Q3 planning",
    "Hi Jordan,\n\nCould we schedule a meeting on Thursday at 10:00 to go through the Q3 budget and the hiring plan? Let me know your availability.\n\nPriya",
  ],
  [
    "in",
    "Invoice 4471",
    "Hello,\n\nPlease find attached invoice 4471 for the February licences. Payment terms are 30 days. Let us know if anything needs to change on the purchase order.\n\nKim, Accounts",
  ],
];

const QUOTE =
  "\n\nOn Mon, 2 Mar 2026 at 10:15, Jordan Lee <jordan.lee@northwind.example> wrote:\n> Hi Sam,\n> Thanks again for your time on the phone yesterday. As discussed, here is a short summary of the process: a first conversation with the hiring manager, a technical exercise you can do at home, and a final round with the team.\n> We usually take about two weeks from first call to decision, and we try to give feedback at every stage.\n> Best regards,\n> Jordan";
const SIGNATURE =
  "\n\nBest regards,\nJordan Lee\nSenior Technical Recruiter | Northwind Talent\n+44 20 7946 0000 | northwind-talent.example\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Northwind Talent Ltd, registered in England and Wales.";

/**
 * `count` messages of 2–5 KB (body + quoted history + signature), cycling through the samples.
 *
 * @example
 * sampleMessages(100).length // 100
 */
export function sampleMessages(count: number): MessageInput[] {
  const out: MessageInput[] = [];
  for (let i = 0; i < count; i++) {
    const [dir, subject, body] = BODIES[i % BODIES.length]!;
    const quotes = 2 + (i % 4);
    let excerpt = body + SIGNATURE;
    for (let q = 0; q < quotes; q++) excerpt += QUOTE;
    const org = "jordan.lee@northwind.example";
    const ext =
      dir === "int"
        ? "priya.nair@northwind.example"
        : dir === "in"
          ? "kim@supplier.example"
          : "sam.rivera@mailbox.example";
    out.push({
      id: `bench-${i}`,
      mailboxId: "bench",
      provider: "file",
      internetMessageId: `<bench-${i}@northwind.example>`,
      from: { address: dir === "out" ? org : ext },
      to: [{ address: dir === "out" ? ext : org }],
      sentAt: "2026-03-02T09:15:00Z",
      receivedAt: "2026-03-02T09:15:05Z",
      subject: i % 3 === 0 ? `Re: ${subject}` : subject,
      excerpt: excerpt.slice(0, 4000),
      headers: { "content-type": "text/plain; charset=utf-8" },
      links:
        i % 2
          ? [
              "https://calendly.com/northwind-recruiting/interview",
              "https://northwind-talent.example/privacy",
            ]
          : [],
    });
  }
  return out;
}

/** Direction of sample `i` (matches {@link sampleMessages}). */
export function sampleDirection(i: number): "outbound" | "inbound" | "internal" {
  const dir = BODIES[i % BODIES.length]![0];
  return dir === "out" ? "outbound" : dir === "in" ? "inbound" : "internal";
}

if (typeof process !== "undefined" && import.meta.filename && process.argv[1] === import.meta.filename) {
  const sizes = sampleMessages(BODIES.length * 4).map(
    (m) => (m.excerpt ?? "").length + (m.subject ?? "").length,
  );
  console.log(
    `sample messages: ${sizes.length}, size ${Math.min(...sizes)}–${Math.max(...sizes)} characters`,
  );
}
