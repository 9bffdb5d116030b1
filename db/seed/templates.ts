// The demo hotel's message templates (issue 12 point 4): one per situation staff meet again and again, in each of the
// hotel's six languages, with the placeholders filled in per request ({guestName}, {service}, {time}, {alternative}).
import type { Situation } from "@/lib/message-templates";
import type { Tx } from "../client";
import * as s from "../schema";

export const DEMO_TEMPLATES: Record<Situation, Record<"en" | "th" | "hu" | "az" | "ms" | "tl", string>> = {
  running_late: {
    en: "Dear {guestName}, we are sorry: your {service} at {time} is running about 15 minutes late. We will let you know as soon as it is ready.",
    th: "เรียนคุณ {guestName} ขออภัยค่ะ {service} ของคุณเวลา {time} จะล่าช้าประมาณ 15 นาที เราจะแจ้งให้ทราบทันทีที่พร้อม",
    hu: "Kedves {guestName}! Elnézést kérünk: a(z) {time} időpontra kért {service} körülbelül 15 percet késik. Amint elkészül, szólunk.",
    az: "Hörmətli {guestName}, üzr istəyirik: saat {time} üçün {service} təxminən 15 dəqiqə gecikir. Hazır olan kimi sizə xəbər verəcəyik.",
    ms: "{guestName} yang dihormati, kami memohon maaf: {service} anda pada {time} lewat kira-kira 15 minit. Kami akan memaklumkan anda sebaik sahaja ia sedia.",
    tl: "Mahal na {guestName}, paumanhin po: ang inyong {service} sa {time} ay maaantala nang mga 15 minuto. Ipapaalam namin agad kapag handa na.",
  },
  declined_alternative: {
    en: "Dear {guestName}, we are sorry, we cannot offer {service} at {time}. May we suggest {alternative} instead? Just reply and we will arrange it.",
    th: "เรียนคุณ {guestName} ขออภัยค่ะ เราไม่สามารถให้บริการ {service} เวลา {time} ได้ เราขอเสนอ {alternative} แทน หากสนใจ โปรดตอบกลับ แล้วเราจะจัดให้",
    hu: "Kedves {guestName}! Sajnos a(z) {service} szolgáltatást {time} időpontban nem tudjuk biztosítani. Ajánlhatjuk helyette ezt: {alternative}? Válaszoljon, és intézzük.",
    az: "Hörmətli {guestName}, təəssüf ki, saat {time} üçün {service} təklif edə bilmirik. Bunun əvəzinə {alternative} təklif edə bilərikmi? Cavab yazın, təşkil edək.",
    ms: "{guestName} yang dihormati, maaf, kami tidak dapat menawarkan {service} pada {time}. Bolehkah kami cadangkan {alternative} sebagai ganti? Balas sahaja dan kami akan menguruskannya.",
    tl: "Mahal na {guestName}, paumanhin po, hindi namin maiaalok ang {service} sa {time}. Maaari po ba naming imungkahi ang {alternative} sa halip? Sumagot lamang po at aayusin namin.",
  },
  weather_cancellation: {
    en: "Dear {guestName}, because of the weather we have to cancel {service} at {time}. You will not be charged. We would be glad to offer you {alternative}.",
    th: "เรียนคุณ {guestName} เนื่องจากสภาพอากาศ เราจำเป็นต้องยกเลิก {service} เวลา {time} คุณจะไม่ถูกเรียกเก็บเงิน เรายินดีเสนอ {alternative} ให้แทน",
    hu: "Kedves {guestName}! Az időjárás miatt le kell mondanunk a(z) {time} időpontra szóló {service} programot. Nem számítunk fel érte díjat. Szívesen ajánljuk helyette ezt: {alternative}.",
    az: "Hörmətli {guestName}, hava şəraitinə görə saat {time} üçün {service} ləğv etməli olduq. Sizdən ödəniş alınmayacaq. Əvəzində sizə {alternative} təklif etməkdən məmnun olarıq.",
    ms: "{guestName} yang dihormati, disebabkan cuaca, kami terpaksa membatalkan {service} pada {time}. Anda tidak akan dikenakan bayaran. Kami sedia menawarkan {alternative} kepada anda.",
    tl: "Mahal na {guestName}, dahil sa panahon, kailangan naming kanselahin ang {service} sa {time}. Hindi po kayo sisingilin. Ikalulugod naming ialok sa inyo ang {alternative}.",
  },
  on_its_way: {
    en: "Dear {guestName}, your {service} is on its way to you now.",
    th: "เรียนคุณ {guestName} {service} ของคุณกำลังนำไปส่งให้ค่ะ",
    hu: "Kedves {guestName}! A(z) {service} már úton van Önhöz.",
    az: "Hörmətli {guestName}, {service} artıq sizə doğru yoldadır.",
    ms: "{guestName} yang dihormati, {service} anda kini dalam perjalanan kepada anda.",
    tl: "Mahal na {guestName}, papunta na po sa inyo ang inyong {service}.",
  },
  ready_for_pickup: {
    en: "Dear {guestName}, your {service} is ready for pick-up at the reception.",
    th: "เรียนคุณ {guestName} {service} ของคุณพร้อมให้มารับที่แผนกต้อนรับแล้วค่ะ",
    hu: "Kedves {guestName}! A(z) {service} átvehető a recepción.",
    az: "Hörmətli {guestName}, {service} resepsiyada götürülməyə hazırdır.",
    ms: "{guestName} yang dihormati, {service} anda sedia untuk diambil di kaunter penyambut tetamu.",
    tl: "Mahal na {guestName}, handa na pong kunin sa reception ang inyong {service}.",
  },
  welcome: {
    en: "Welcome, {guestName}! We are glad to have you with us. Write to us here whenever you need anything.",
    th: "ยินดีต้อนรับค่ะ คุณ {guestName} เรายินดีที่ได้ต้อนรับคุณ หากต้องการสิ่งใด เขียนถึงเราที่นี่ได้ตลอดเวลา",
    hu: "Üdvözöljük, {guestName}! Örülünk, hogy nálunk van. Ha bármire szüksége van, írjon nekünk itt.",
    az: "Xoş gəlmisiniz, {guestName}! Sizi qonaq etməyə şadıq. Nəyəsə ehtiyacınız olsa, bizə burada yazın.",
    ms: "Selamat datang, {guestName}! Kami gembira menerima anda. Tulis kepada kami di sini bila-bila masa anda memerlukan apa-apa.",
    tl: "Maligayang pagdating, {guestName}! Masaya kaming kasama kayo. Sumulat lamang po sa amin dito kung may kailangan kayo.",
  },
};

/** The six templates for a property, in those of its languages (`locales`, all six by default) that they are written in. */
export async function seedMessageTemplates(tx: Tx, { propertyId, locales }: { propertyId: string; locales?: readonly string[] }): Promise<void> {
  const keep = (bodies: Record<string, string>) => Object.fromEntries(Object.entries(bodies).filter(([l]) => !locales || locales.includes(l)));
  await tx.insert(s.messageTemplates).values(Object.entries(DEMO_TEMPLATES).map(([situation, bodies]) => ({ propertyId, situation, bodies: keep(bodies) })));
}
