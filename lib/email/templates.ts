// Email texts for the guest, per locale (en, hu, th, az, ms, tl; any other locale falls back to English).
// Pure: no I/O, so it is unit-tested directly and the outbox worker renders at send time.

export type EmailTemplate =
  | "status_confirmed"
  | "status_declined"
  | "status_cancelled"
  | "status_expired"
  | "status_fulfilled"
  | "staff_message"
  | "rescheduled"
  | "reminder"
  | "on_its_way"
  | "waitlist_offer"
  | "pre_arrival";

export const EMAIL_TEMPLATES: readonly EmailTemplate[] = [
  "status_confirmed",
  "status_declined",
  "status_cancelled",
  "status_expired",
  "status_fulfilled",
  "staff_message",
  "rescheduled",
  "reminder",
  "on_its_way",
  "waitlist_offer",
  "pre_arrival",
];

/** What a template may use; every field is optional so an old payload still renders. */
export type EmailPayload = {
  guestName?: string;
  hotelName?: string;
  serviceName?: string;
  /** ISO instant of the service (timed) and the hotel's time zone, formatted in the guest's locale. */
  scheduledAt?: string | null;
  timeZone?: string;
  /** Decline reason and alternative, a staff message's text. */
  note?: string | null;
  /** Absolute link to the booking page, or to sign-in with the code filled in. */
  link?: string;
  suggestions?: string[];
};

type Text = { subject: (p: Vars) => string; body: (p: Vars) => string };
type Vars = Required<Pick<EmailPayload, "guestName" | "hotelName" | "serviceName" | "link">> & {
  when: string;
  note: string;
  suggestions: string[];
};

const en: Record<EmailTemplate, Text> = {
  status_confirmed: {
    subject: (p) => `Confirmed: ${p.serviceName}`,
    body: (p) => `Good news: your request for ${p.serviceName}${p.when ? ` on ${p.when}` : ""} is confirmed.`,
  },
  status_declined: {
    subject: (p) => `We could not confirm ${p.serviceName}`,
    body: (p) =>
      `We are sorry: we could not confirm your request for ${p.serviceName}.${p.note ? `\nReason and what we can offer instead: ${p.note}` : ""}`,
  },
  status_cancelled: {
    subject: (p) => `Cancelled: ${p.serviceName}`,
    body: (p) => `Your booking for ${p.serviceName} was cancelled by the hotel.${p.note ? `\n${p.note}` : ""} You will not be charged for it.`,
  },
  status_expired: {
    subject: (p) => `No answer in time: ${p.serviceName}`,
    body: (p) => `We are sorry: nobody answered your request for ${p.serviceName} in time, so it has lapsed. You will not be charged for it.`,
  },
  status_fulfilled: {
    subject: (p) => `How was ${p.serviceName}? Rate it`,
    body: (p) => `We hope you enjoyed ${p.serviceName}. Tell us how it was: rate it from 1 to 5 and leave a comment.`,
  },
  staff_message: {
    subject: (p) => `A message about ${p.serviceName}`,
    body: (p) => `The hotel wrote to you about ${p.serviceName}:\n\n${p.note}`,
  },
  rescheduled: {
    subject: (p) => `New time: ${p.serviceName}`,
    body: (p) => `The time of your ${p.serviceName} has changed${p.when ? `: it is now on ${p.when}` : ""}.`,
  },
  reminder: {
    subject: (p) => `Reminder: ${p.serviceName}${p.when ? ` at ${p.when}` : ""}`,
    body: (p) => `A reminder: ${p.serviceName} starts${p.when ? ` at ${p.when}` : " soon"}. See you there!`,
  },
  on_its_way: {
    subject: (p) => `On its way: ${p.serviceName}`,
    body: (p) => `Your ${p.serviceName} is on its way to your room.`,
  },
  waitlist_offer: {
    subject: (p) => `A place is free: ${p.serviceName}`,
    body: (p) => `A place for ${p.serviceName}${p.when ? ` on ${p.when}` : ""} has become free and is held for you for a short while. Take it on My requests.`,
  },
  pre_arrival: {
    subject: (p) => `Before you arrive at ${p.hotelName}`,
    body: (p) =>
      `We look forward to welcoming you. A few things you can book ahead:\n${p.suggestions.map((s) => `- ${s}`).join("\n")}\n\nSign in with your reservation code and surname to book.`,
  },
};

const hu: Record<EmailTemplate, Text> = {
  status_confirmed: {
    subject: (p) => `Visszaigazolva: ${p.serviceName}`,
    body: (p) => `Jó hírünk van: visszaigazoltuk kérését – ${p.serviceName}${p.when ? `, ${p.when}` : ""}.`,
  },
  status_declined: {
    subject: (p) => `Nem tudtuk visszaigazolni: ${p.serviceName}`,
    body: (p) =>
      `Sajnáljuk, de nem tudtuk visszaigazolni kérését – ${p.serviceName}.${p.note ? `\nAz ok, és amit helyette ajánlani tudunk: ${p.note}` : ""}`,
  },
  status_cancelled: {
    subject: (p) => `Lemondva: ${p.serviceName}`,
    body: (p) => `A szálloda lemondta foglalását – ${p.serviceName}.${p.note ? `\n${p.note}` : ""} Ezért természetesen nem számítunk fel díjat.`,
  },
  status_expired: {
    subject: (p) => `Nem érkezett időben válasz: ${p.serviceName}`,
    body: (p) => `Sajnáljuk, kérésére (${p.serviceName}) nem válaszoltunk időben, így az lejárt. Díjat természetesen nem számítunk fel érte.`,
  },
  status_fulfilled: {
    subject: (p) => `Milyen volt? Értékelje: ${p.serviceName}`,
    body: (p) => `Reméljük, elégedett volt a szolgáltatással (${p.serviceName}). Mondja el, milyen volt: értékelje 1-től 5-ig, és írjon megjegyzést.`,
  },
  staff_message: {
    subject: (p) => `Üzenet ezzel kapcsolatban: ${p.serviceName}`,
    body: (p) => `A szálloda üzenetet küldött Önnek ezzel kapcsolatban: ${p.serviceName}\n\n${p.note}`,
  },
  rescheduled: {
    subject: (p) => `Új időpont: ${p.serviceName}`,
    body: (p) => `Megváltozott foglalása időpontja (${p.serviceName})${p.when ? `, az új időpont: ${p.when}` : ""}.`,
  },
  reminder: {
    subject: (p) => `Emlékeztető: ${p.serviceName}${p.when ? ` – ${p.when}` : ""}`,
    body: (p) => `Szeretnénk emlékeztetni: ${p.serviceName} – ${p.when ? `kezdés: ${p.when}` : "hamarosan kezdődik"}. Várjuk szeretettel!`,
  },
  on_its_way: {
    subject: (p) => `Úton van: ${p.serviceName}`,
    body: (p) => `Rendelése (${p.serviceName}) már úton van a szobájába.`,
  },
  waitlist_offer: {
    subject: (p) => `Felszabadult egy hely: ${p.serviceName}`,
    body: (p) => `Felszabadult egy hely: ${p.serviceName}${p.when ? ` (${p.when})` : ""}. Rövid ideig Önnek tartjuk fenn; a Kéréseim oldalon foglalhatja le.`,
  },
  pre_arrival: {
    subject: (p) => `Érkezése előtt – ${p.hotelName}`,
    body: (p) =>
      `Szeretettel várjuk. Néhány dolog, amit előre lefoglalhat:\n${p.suggestions.map((s) => `- ${s}`).join("\n")}\n\nA foglaláshoz jelentkezzen be a foglalási kódjával és vezetéknevével.`,
  },
};

const th: Record<EmailTemplate, Text> = {
  status_confirmed: {
    subject: (p) => `ยืนยันแล้ว: ${p.serviceName}`,
    body: (p) => `ข่าวดี: คำขอ ${p.serviceName} ของท่าน${p.when ? ` ในวันที่ ${p.when}` : ""} ได้รับการยืนยันแล้ว`,
  },
  status_declined: {
    subject: (p) => `เราไม่สามารถยืนยัน ${p.serviceName} ได้`,
    body: (p) =>
      `ขออภัย เราไม่สามารถยืนยันคำขอ ${p.serviceName} ของท่านได้${p.note ? `\nเหตุผลและสิ่งที่เราเสนอแทน: ${p.note}` : ""}`,
  },
  status_cancelled: {
    subject: (p) => `ยกเลิกแล้ว: ${p.serviceName}`,
    body: (p) => `การจอง ${p.serviceName} ของท่านถูกยกเลิกโดยโรงแรม${p.note ? `\n${p.note}` : ""} ท่านจะไม่ถูกเรียกเก็บค่าใช้จ่ายสำหรับรายการนี้`,
  },
  status_expired: {
    subject: (p) => `ไม่ได้รับคำตอบทันเวลา: ${p.serviceName}`,
    body: (p) => `ขออภัย ไม่มีผู้ตอบคำขอ ${p.serviceName} ของท่านทันเวลา คำขอจึงหมดอายุแล้ว ท่านจะไม่ถูกเรียกเก็บค่าใช้จ่ายสำหรับรายการนี้`,
  },
  status_fulfilled: {
    subject: (p) => `${p.serviceName} เป็นอย่างไรบ้าง? ให้คะแนนเลย`,
    body: (p) => `เราหวังว่าท่านจะเพลิดเพลินกับ ${p.serviceName} บอกเราว่าเป็นอย่างไร: ให้คะแนน 1 ถึง 5 และแสดงความคิดเห็น`,
  },
  staff_message: {
    subject: (p) => `ข้อความเกี่ยวกับ ${p.serviceName}`,
    body: (p) => `โรงแรมได้ส่งข้อความถึงท่านเกี่ยวกับ ${p.serviceName}:\n\n${p.note}`,
  },
  rescheduled: {
    subject: (p) => `เวลาใหม่: ${p.serviceName}`,
    body: (p) => `เวลาของ ${p.serviceName} ของท่านมีการเปลี่ยนแปลง${p.when ? `: เวลาใหม่คือ ${p.when}` : ""}`,
  },
  reminder: {
    subject: (p) => `แจ้งเตือน: ${p.serviceName}${p.when ? ` เวลา ${p.when}` : ""}`,
    body: (p) => `ขอแจ้งเตือน: ${p.serviceName} จะเริ่ม${p.when ? `เวลา ${p.when}` : "ในอีกไม่ช้า"} แล้วพบกัน!`,
  },
  on_its_way: {
    subject: (p) => `กำลังนำส่ง: ${p.serviceName}`,
    body: (p) => `${p.serviceName} ของท่านกำลังนำส่งไปยังห้องพักของท่าน`,
  },
  waitlist_offer: {
    subject: (p) => `มีที่ว่างแล้ว: ${p.serviceName}`,
    body: (p) => `มีที่ว่างสำหรับ ${p.serviceName}${p.when ? ` ในวันที่ ${p.when}` : ""} และเราได้กันที่ไว้ให้ท่านเป็นเวลาสั้น ๆ ท่านสามารถรับสิทธิ์ได้ที่หน้า คำขอของฉัน`,
  },
  pre_arrival: {
    subject: (p) => `ก่อนท่านเดินทางมาถึง ${p.hotelName}`,
    body: (p) =>
      `เรายินดีที่จะได้ต้อนรับท่าน รายการที่ท่านสามารถจองล่วงหน้าได้:\n${p.suggestions.map((s) => `- ${s}`).join("\n")}\n\nเข้าสู่ระบบด้วยรหัสการจองและนามสกุลของท่านเพื่อทำการจอง`,
  },
};

const az: Record<EmailTemplate, Text> = {
  status_confirmed: {
    subject: (p) => `Təsdiqləndi: ${p.serviceName}`,
    body: (p) => `Xoş xəbər: ${p.serviceName}${p.when ? ` (${p.when})` : ""} üçün sorğunuz təsdiqləndi.`,
  },
  status_declined: {
    subject: (p) => `Təsdiqləyə bilmədik: ${p.serviceName}`,
    body: (p) =>
      `Təəssüf ki, ${p.serviceName} üçün sorğunuzu təsdiqləyə bilmədik.${p.note ? `\nSəbəb və əvəzində təklif edə biləcəyimiz: ${p.note}` : ""}`,
  },
  status_cancelled: {
    subject: (p) => `Ləğv edildi: ${p.serviceName}`,
    body: (p) => `${p.serviceName} üçün bronunuz otel tərəfindən ləğv edildi.${p.note ? `\n${p.note}` : ""} Bunun üçün sizdən ödəniş alınmayacaq.`,
  },
  status_expired: {
    subject: (p) => `Vaxtında cavab verilmədi: ${p.serviceName}`,
    body: (p) => `Təəssüf ki, ${p.serviceName} üçün sorğunuza vaxtında cavab verilmədi və onun müddəti bitdi. Bunun üçün sizdən ödəniş alınmayacaq.`,
  },
  status_fulfilled: {
    subject: (p) => `${p.serviceName} necə idi? Qiymətləndirin`,
    body: (p) => `Ümid edirik ki, ${p.serviceName} xoşunuza gəldi. Necə olduğunu bizə bildirin: 1-dən 5-ə qədər qiymət verin və rəy yazın.`,
  },
  staff_message: {
    subject: (p) => `${p.serviceName} ilə bağlı mesaj`,
    body: (p) => `Otel sizə ${p.serviceName} ilə bağlı yazdı:\n\n${p.note}`,
  },
  rescheduled: {
    subject: (p) => `Yeni vaxt: ${p.serviceName}`,
    body: (p) => `${p.serviceName} vaxtı dəyişdi${p.when ? `: yeni vaxt ${p.when}` : ""}.`,
  },
  reminder: {
    subject: (p) => `Xatırlatma: ${p.serviceName}${p.when ? ` – ${p.when}` : ""}`,
    body: (p) => `Xatırladırıq: ${p.serviceName} ${p.when ? `başlayır – ${p.when}` : "tezliklə başlayır"}. Görüşənədək!`,
  },
  on_its_way: {
    subject: (p) => `Yoldadır: ${p.serviceName}`,
    body: (p) => `${p.serviceName} otağınıza gətirilir.`,
  },
  waitlist_offer: {
    subject: (p) => `Yer boşaldı: ${p.serviceName}`,
    body: (p) => `${p.serviceName}${p.when ? ` (${p.when})` : ""} üçün yer boşaldı və qısa müddətə sizin üçün saxlanılır. Onu Sorğularım səhifəsində götürə bilərsiniz.`,
  },
  pre_arrival: {
    subject: (p) => `Gəlişinizdən əvvəl – ${p.hotelName}`,
    body: (p) =>
      `Sizi qarşılamağı səbirsizliklə gözləyirik. Əvvəlcədən sifariş edə biləcəyiniz bir neçə şey:\n${p.suggestions.map((s) => `- ${s}`).join("\n")}\n\nSifariş etmək üçün bron kodunuz və soyadınızla daxil olun.`,
  },
};

const ms: Record<EmailTemplate, Text> = {
  status_confirmed: {
    subject: (p) => `Disahkan: ${p.serviceName}`,
    body: (p) => `Berita baik: permintaan anda untuk ${p.serviceName}${p.when ? ` pada ${p.when}` : ""} telah disahkan.`,
  },
  status_declined: {
    subject: (p) => `Kami tidak dapat mengesahkan ${p.serviceName}`,
    body: (p) =>
      `Kami memohon maaf: kami tidak dapat mengesahkan permintaan anda untuk ${p.serviceName}.${p.note ? `\nSebab dan apa yang boleh kami tawarkan sebagai ganti: ${p.note}` : ""}`,
  },
  status_cancelled: {
    subject: (p) => `Dibatalkan: ${p.serviceName}`,
    body: (p) => `Tempahan anda untuk ${p.serviceName} telah dibatalkan oleh pihak hotel.${p.note ? `\n${p.note}` : ""} Anda tidak akan dikenakan sebarang caj untuknya.`,
  },
  status_expired: {
    subject: (p) => `Tiada jawapan tepat pada masanya: ${p.serviceName}`,
    body: (p) => `Kami memohon maaf: permintaan anda untuk ${p.serviceName} tidak dijawab tepat pada masanya, jadi ia telah luput. Anda tidak akan dikenakan sebarang caj untuknya.`,
  },
  status_fulfilled: {
    subject: (p) => `Bagaimana ${p.serviceName}? Beri penilaian`,
    body: (p) => `Kami harap anda menikmati ${p.serviceName}. Beritahu kami pengalaman anda: beri penilaian dari 1 hingga 5 dan tinggalkan ulasan.`,
  },
  staff_message: {
    subject: (p) => `Mesej mengenai ${p.serviceName}`,
    body: (p) => `Pihak hotel menghantar mesej kepada anda mengenai ${p.serviceName}:\n\n${p.note}`,
  },
  rescheduled: {
    subject: (p) => `Masa baharu: ${p.serviceName}`,
    body: (p) => `Masa untuk ${p.serviceName} anda telah berubah${p.when ? `: kini pada ${p.when}` : ""}.`,
  },
  reminder: {
    subject: (p) => `Peringatan: ${p.serviceName}${p.when ? ` pada ${p.when}` : ""}`,
    body: (p) => `Sekadar peringatan: ${p.serviceName} bermula${p.when ? ` pada ${p.when}` : " tidak lama lagi"}. Jumpa di sana!`,
  },
  on_its_way: {
    subject: (p) => `Dalam perjalanan: ${p.serviceName}`,
    body: (p) => `${p.serviceName} anda sedang dihantar ke bilik anda.`,
  },
  waitlist_offer: {
    subject: (p) => `Ada tempat kosong: ${p.serviceName}`,
    body: (p) => `Satu tempat untuk ${p.serviceName}${p.when ? ` pada ${p.when}` : ""} kini kosong dan dikhaskan untuk anda buat seketika. Ambil tempat itu di halaman Permintaan saya.`,
  },
  pre_arrival: {
    subject: (p) => `Sebelum anda tiba di ${p.hotelName}`,
    body: (p) =>
      `Kami menantikan kedatangan anda. Beberapa perkara yang boleh anda tempah lebih awal:\n${p.suggestions.map((s) => `- ${s}`).join("\n")}\n\nLog masuk dengan kod tempahan dan nama keluarga anda untuk membuat tempahan.`,
  },
};

const tl: Record<EmailTemplate, Text> = {
  status_confirmed: {
    subject: (p) => `Kumpirmado: ${p.serviceName}`,
    body: (p) => `Magandang balita: kumpirmado na ang inyong request para sa ${p.serviceName}${p.when ? ` sa ${p.when}` : ""}.`,
  },
  status_declined: {
    subject: (p) => `Hindi namin makumpirma ang ${p.serviceName}`,
    body: (p) =>
      `Paumanhin po: hindi namin makumpirma ang inyong request para sa ${p.serviceName}.${p.note ? `\nAng dahilan at ang maaari naming ialok sa halip: ${p.note}` : ""}`,
  },
  status_cancelled: {
    subject: (p) => `Kinansela: ${p.serviceName}`,
    body: (p) => `Kinansela ng hotel ang inyong booking para sa ${p.serviceName}.${p.note ? `\n${p.note}` : ""} Hindi kayo sisingilin para dito.`,
  },
  status_expired: {
    subject: (p) => `Walang sagot sa takdang oras: ${p.serviceName}`,
    body: (p) => `Paumanhin po: walang sumagot sa inyong request para sa ${p.serviceName} sa takdang oras, kaya ito ay nag-expire na. Hindi kayo sisingilin para dito.`,
  },
  status_fulfilled: {
    subject: (p) => `Kumusta ang ${p.serviceName}? I-rate ito`,
    body: (p) => `Sana ay nasiyahan kayo sa ${p.serviceName}. Sabihin sa amin kung kumusta ito: bigyan ito ng rating mula 1 hanggang 5 at mag-iwan ng komento.`,
  },
  staff_message: {
    subject: (p) => `Isang mensahe tungkol sa ${p.serviceName}`,
    body: (p) => `Sumulat sa inyo ang hotel tungkol sa ${p.serviceName}:\n\n${p.note}`,
  },
  rescheduled: {
    subject: (p) => `Bagong oras: ${p.serviceName}`,
    body: (p) => `Nagbago ang oras ng inyong ${p.serviceName}${p.when ? `: ito ay sa ${p.when} na` : ""}.`,
  },
  reminder: {
    subject: (p) => `Paalala: ${p.serviceName}${p.when ? ` sa ${p.when}` : ""}`,
    body: (p) => `Paalala lang po: magsisimula ang ${p.serviceName}${p.when ? ` sa ${p.when}` : " sa lalong madaling panahon"}. Magkita tayo roon!`,
  },
  on_its_way: {
    subject: (p) => `Papunta na: ${p.serviceName}`,
    body: (p) => `Papunta na sa inyong kuwarto ang inyong ${p.serviceName}.`,
  },
  waitlist_offer: {
    subject: (p) => `May bakanteng puwesto: ${p.serviceName}`,
    body: (p) => `May nabakanteng puwesto para sa ${p.serviceName}${p.when ? ` sa ${p.when}` : ""} at nakareserba ito para sa inyo sa maikling panahon. Kunin ito sa Aking mga request.`,
  },
  pre_arrival: {
    subject: (p) => `Bago kayo dumating sa ${p.hotelName}`,
    body: (p) =>
      `Inaasahan namin ang inyong pagdating. Ilang bagay na maaari ninyong i-book nang maaga:\n${p.suggestions.map((s) => `- ${s}`).join("\n")}\n\nMag-sign in gamit ang inyong reservation code at apelyido para mag-book.`,
  },
};

const greeting: Record<string, (name: string) => string> = {
  en: (name) => (name ? `Dear ${name},` : "Hello,"),
  hu: (name) => (name ? `Kedves ${name}!` : "Kedves Vendégünk!"),
  th: (name) => (name ? `เรียน คุณ ${name}` : "เรียน ท่านผู้เข้าพัก"),
  az: (name) => (name ? `Hörmətli ${name},` : "Salam,"),
  ms: (name) => (name ? `${name} yang dihormati,` : "Salam sejahtera,"),
  tl: (name) => (name ? `Mahal na ${name},` : "Magandang araw,"),
};
const linkLabel: Record<string, Partial<Record<EmailTemplate, string>> & { default: string }> = {
  en: { default: "See your request", pre_arrival: "Sign in (your code is filled in)", status_fulfilled: "Rate it" },
  hu: { default: "Kérés megtekintése", pre_arrival: "Bejelentkezés (a kódja már ki van töltve)", status_fulfilled: "Értékelés" },
  th: { default: "ดูคำขอของท่าน", pre_arrival: "เข้าสู่ระบบ (กรอกรหัสของท่านไว้แล้ว)", status_fulfilled: "ให้คะแนน" },
  az: { default: "Sorğunuza baxın", pre_arrival: "Daxil olun (kodunuz artıq doldurulub)", status_fulfilled: "Qiymətləndirin" },
  ms: { default: "Lihat permintaan anda", pre_arrival: "Log masuk (kod anda telah diisi)", status_fulfilled: "Beri penilaian" },
  tl: { default: "Tingnan ang inyong request", pre_arrival: "Mag-sign in (nakalagay na ang inyong code)", status_fulfilled: "I-rate ito" },
};
const signature: Record<string, (hotel: string) => string> = {
  en: (hotel) => `Kind regards,\n${hotel}`,
  hu: (hotel) => `Üdvözlettel:\n${hotel}`,
  th: (hotel) => `ขอแสดงความนับถือ\n${hotel}`,
  az: (hotel) => `Hörmətlə,\n${hotel}`,
  ms: (hotel) => `Salam hormat,\n${hotel}`,
  tl: (hotel) => `Lubos na gumagalang,\n${hotel}`,
};

/** Per-locale texts, all with the same keys. A locale not listed here falls back to English. */
export const EMAIL_TEXTS: Record<string, Record<EmailTemplate, Text>> = { en, hu, th, az, ms, tl };

function formatWhen(iso: string | null | undefined, timeZone: string | undefined, locale: string): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: timeZone ?? "UTC" }).format(date);
  } catch {
    return date.toISOString();
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export type RenderedEmail = { subject: string; text: string; html: string };

/** Renders a template in the guest's locale (falling back to English), as plain text and simple HTML. */
export function renderEmail(template: EmailTemplate, locale: string, payload: EmailPayload): RenderedEmail {
  const lang = EMAIL_TEXTS[locale] ? locale : "en";
  const texts = EMAIL_TEXTS[lang][template] ?? en[template];
  if (!texts) throw new Error(`Unknown email template: ${template}`);
  const vars: Vars = {
    guestName: payload.guestName ?? "",
    hotelName: payload.hotelName ?? "Guest Services",
    serviceName: payload.serviceName ?? "",
    link: payload.link ?? "",
    when: formatWhen(payload.scheduledAt, payload.timeZone, lang),
    note: payload.note?.trim() ?? "",
    suggestions: payload.suggestions ?? [],
  };
  const hello = (greeting[lang] ?? greeting.en)(vars.guestName);
  const labels = linkLabel[lang] ?? linkLabel.en;
  const label = labels[template] ?? labels.default;
  const bye = (signature[lang] ?? signature.en)(vars.hotelName);
  const subject = texts.subject(vars);
  const body = texts.body(vars);
  const text = [hello, "", body, ...(vars.link ? ["", `${label}: ${vars.link}`] : []), "", bye].join("\n");
  const paragraphs = body
    .split("\n\n")
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("");
  const html =
    `<!doctype html><html lang="${lang}"><body style="font-family:sans-serif;line-height:1.5">` +
    `<p>${escapeHtml(hello)}</p>${paragraphs}` +
    (vars.link ? `<p><a href="${escapeHtml(vars.link)}">${escapeHtml(label)}</a></p>` : "") +
    `<p>${escapeHtml(bye).replace(/\n/g, "<br>")}</p></body></html>`;
  return { subject, text, html };
}
