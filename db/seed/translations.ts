// Translations of the demo catalogue (package and service names and descriptions, price rule labels, department names)
// into the guest languages besides English. db/seed/index.ts merges them with the English texts.
export const SEED_LANGUAGES = ["th", "hu", "az", "ms", "tl"] as const;
export type SeedLanguage = (typeof SEED_LANGUAGES)[number];
type Texts = { name: string; description: string };
export type SeedTranslations = Record<string, Record<SeedLanguage, Texts>>;

export const PACKAGE_TRANSLATIONS: SeedTranslations = {
  family: {
    th: {
      name: "แพ็กเกจครอบครัว",
      description:
        "ทุกสิ่งที่ครอบครัวต้องการเพื่อการพักผ่อน: เตียงเด็กและรถเข็นเด็กพร้อมใช้เมื่อคุณมาถึง คิดส์คลับพร้อมปาร์ตี้และสระว่ายน้ำอุ่นสำหรับเด็ก บริการพี่เลี้ยงเด็กให้คุณได้ทานมื้อค่ำอย่างสงบ และเมนูสำหรับเด็กที่เจ้าตัวเล็กชื่นชอบ",
    },
    hu: {
      name: "Családi csomag",
      description:
        "Minden, ami egy család pihenéséhez kell: kiságy és babakocsi már érkezéskor, gyerekklub zsúrokkal és fűtött gyerekmedencével, bébiszitter egy nyugodt vacsorához, és a kicsik kedvenc gyerekmenüje.",
    },
    az: {
      name: "Ailə paketi",
      description:
        "Ailənin istirahəti üçün lazım olan hər şey: gəlişinizdə hazır uşaq çarpayısı və uşaq arabası, əyləncələri və isidilən uşaq hovuzu ilə uşaq klubu, sakit şam yeməyi üçün dayə xidməti və balacaların sevdiyi uşaq menyusu.",
    },
    ms: {
      name: "Pakej keluarga",
      description:
        "Segala yang diperlukan keluarga untuk berehat: katil bayi dan kereta sorong tersedia sebaik anda tiba, kelab kanak-kanak dengan parti dan kolam kanak-kanak berpemanas, pengasuh untuk makan malam yang tenang, dan menu kanak-kanak yang digemari si kecil.",
    },
    tl: {
      name: "Package pampamilya",
      description:
        "Lahat ng kailangan ng pamilya para makapagpahinga: kuna at stroller na handa pagdating ninyo, kids' club na may mga party at pinainit na pool para sa mga bata, babysitting para sa tahimik na hapunan, at menu pambata na gustong-gusto ng mga bata.",
    },
  },
  outdoor: {
    th: {
      name: "แพ็กเกจกิจกรรมกลางแจ้ง",
      description:
        "ออกไปสำรวจทะเลสาบและเนินเขารอบ ๆ: ทัวร์กับไกด์ท้องถิ่นของเรา รถยนต์หรือสกูตเตอร์สำหรับการค้นพบด้วยตัวเอง และค่ำคืนที่ดิสโก้หรือการแสดง โดยมีตั๋วรอคุณอยู่ที่แผนกต้อนรับ",
    },
    hu: {
      name: "Szabadtéri programok csomag",
      description:
        "Fedezze fel a tavat és a környező dombokat: túrák helyi vezetőinkkel, autó vagy robogó a saját felfedezéseihez, esténként pedig diszkó vagy előadás – a jegyek a recepción várják.",
    },
    az: {
      name: "Açıq hava fəaliyyətləri paketi",
      description:
        "Gölü və ətrafındakı təpələri kəşf edin: yerli bələdçilərimizlə turlar, öz kəşfləriniz üçün avtomobil və ya skuter, axşamlar isə diskoteka və ya tamaşa – biletlər qəbul masasında sizi gözləyir.",
    },
    ms: {
      name: "Pakej aktiviti luar",
      description:
        "Keluar dan terokai tasik serta bukit di sekelilingnya: lawatan bersama pemandu tempatan kami, kereta atau skuter untuk penerokaan sendiri, dan malam di disko atau persembahan, dengan tiket menanti anda di kaunter penyambut tetamu.",
    },
    tl: {
      name: "Package ng mga aktibidad sa labas",
      description:
        "Lumabas at tuklasin ang lawa at ang mga burol sa paligid nito: mga tour kasama ang aming mga lokal na gabay, kotse o scooter para sa sarili ninyong paglalakbay, at mga gabi sa disco o sa isang palabas, na may mga tiket na naghihintay sa reception.",
    },
  },
  nature: {
    th: {
      name: "แพ็กเกจประสบการณ์ธรรมชาติ",
      description:
        "ผ่อนคลายริมน้ำและในป่า: ตกปลายามรุ่งอรุณ ขี่ม้าผ่านป่า พายเรือข้ามทะเลสาบ และอบอุ่นร่างกายในซาวน่าริมทะเลสาบ เด็ก ๆ สามารถให้อาหารสัตว์ที่ฟาร์มเล็กและสวนสัตว์เลี้ยง",
    },
    hu: {
      name: "Természeti élmények csomag",
      description:
        "Lassítson a víz partján és az erdőben: horgásszon hajnalban, lovagoljon az erdőn át, evezzen át a tavon, és melegedjen fel a tóparti szaunában. A gyerekek megetethetik az állatokat a minifarmon és a simogatóban.",
    },
    az: {
      name: "Təbiət təcrübələri paketi",
      description:
        "Su kənarında və meşədə dincəlin: sübh çağı balıq tutun, meşədə at sürün, gölü qayıqla keçin və göl kənarındakı saunada isinin. Uşaqlar mini fermada və ev heyvanları parkında heyvanları yemləyə bilər.",
    },
    ms: {
      name: "Pakej pengalaman alam semula jadi",
      description:
        "Bertenang di tepi air dan di dalam hutan: memancing pada waktu subuh, menunggang kuda melalui hutan, berdayung merentasi tasik dan memanaskan badan di sauna tepi tasik. Kanak-kanak boleh memberi makan haiwan di ladang mini dan zoo belaian.",
    },
    tl: {
      name: "Package ng mga karanasan sa kalikasan",
      description:
        "Magpahinga sa tabi ng tubig at sa gubat: mangisda sa bukang-liwayway, mangabayo sa kagubatan, magsagwan sa lawa, at magpainit sa aming sauna sa tabi ng lawa. Maaaring magpakain ng mga hayop ang mga bata sa mini farm at sa petting zoo.",
    },
  },
};

export const SERVICE_TRANSLATIONS: SeedTranslations = {
  crib: {
    th: { name: "เตียงเด็กในห้องพัก", description: "เตียงเด็กไม้แข็งแรงพร้อมที่นอนใหม่ ผ้าปูที่นอน และผ้าห่มนุ่ม ๆ จัดเตรียมไว้ในห้องของคุณก่อนที่คุณจะต้องใช้ แจ้งเราได้หากต้องการที่กั้นเตียงหรือแผ่นรองเปลี่ยนผ้าอ้อมด้วย" },
    hu: { name: "Kiságy a szobában", description: "Stabil fa kiságy friss matraccal, gumis lepedővel és puha takaróval, még azelőtt a szobájában, hogy szüksége lenne rá. Szóljon, ha leesésgátlót vagy pelenkázó alátétet is kér." },
    az: { name: "Otağınızda uşaq çarpayısı", description: "Təzə döşək, çarşaf və yumşaq yorğanla möhkəm taxta uşaq çarpayısı, ehtiyacınız olmamışdan əvvəl otağınızda qurulur. Çarpayı qoruyucusu və ya bez dəyişmə döşəyi də istəsəniz, bizə bildirin." },
    ms: { name: "Katil bayi di bilik anda", description: "Katil bayi kayu yang kukuh dengan tilam baharu, cadar dan selimut lembut, dipasang di bilik anda sebelum anda memerlukannya. Beritahu kami jika anda mahukan penghadang katil atau alas tukar lampin juga." },
    tl: { name: "Kuna sa inyong kuwarto", description: "Matibay na kunang kahoy na may bagong kutson, mga sapin at malambot na kumot, nakaayos na sa inyong kuwarto bago pa ninyo kailanganin. Sabihan kami kung gusto rin ninyo ng bed rail o changing mat." },
  },
  "stroller-rental": {
    th: { name: "เช่ารถเข็นเด็ก", description: "รถเข็นเด็กสำหรับทุกสภาพเส้นทาง พร้อมผ้าคลุมกันฝนและร่มกันแดด เหมาะกับทางเดินในป่าและทางเดินริมทะเลสาบ รับได้ที่คิดส์คลับและใช้ได้นานเท่าที่คุณต้องการ" },
    hu: { name: "Babakocsi bérlése", description: "Terepjáró babakocsi esővédővel és napellenzővel, az erdei ösvényekre és a tóparti sétányra tervezve. A gyerekklubban veheti át, és annyi napig tarthatja meg, ameddig csak szeretné." },
    az: { name: "Uşaq arabası icarəsi", description: "Meşə cığırları və göl kənarı gəzinti yolu üçün hazırlanmış, yağış örtüyü və günlüyü olan hər cür yola uyğun uşaq arabası. Onu uşaq klubundan götürün və istədiyiniz qədər gün saxlayın." },
    ms: { name: "Sewa kereta sorong bayi", description: "Kereta sorong segala rupa bumi dengan penutup hujan dan pelindung matahari, sesuai untuk denai hutan dan persiaran tepi tasik. Ambil di kelab kanak-kanak dan simpan selama mana anda suka." },
    tl: { name: "Paupahang stroller", description: "All-terrain na stroller na may rain cover at sunshade, gawa para sa mga daan sa gubat at sa promenade sa tabi ng lawa. Kunin ito sa kids' club at gamitin hangga't gusto ninyo." },
  },
  "kids-animation": {
    th: { name: "กิจกรรมสันทนาการและปาร์ตี้สำหรับเด็ก", description: "เกม งานประดิษฐ์ ล่าสมบัติ และระบายสีหน้า กับทีมคิดส์คลับที่เป็นมิตร ทั้งในร่มและกลางแจ้งใต้ร่มไม้ ฉลองวันเกิดอยู่หรือเปล่า? บอกเรา แล้วเราจะเพิ่มเค้กและปาร์ตี้เล็ก ๆ ให้" },
    hu: { name: "Gyerekanimáció és gyerekzsúrok", description: "Játékok, kézműveskedés, kincskeresés és arcfestés kedves gyerekklubos csapatunkkal, bent vagy kint a fák alatt. Születésnapot ünnepelnek? Szóljon, és tortával, egy kis zsúrral készülünk." },
    az: { name: "Uşaq animasiyası və uşaq əyləncələri", description: "Mehriban uşaq klubu komandamızla oyunlar, əl işləri, xəzinə axtarışı və üz rəsmləri – içəridə və ya ağacların altında açıq havada. Ad günü qeyd edirsiniz? Bizə deyin, tort və kiçik bir əyləncə əlavə edək." },
    ms: { name: "Animasi kanak-kanak dan parti kanak-kanak", description: "Permainan, kraf, memburu harta karun dan lukisan muka bersama pasukan kelab kanak-kanak kami yang mesra, di dalam atau di luar di bawah pokok. Menyambut hari jadi? Beritahu kami dan kami akan sediakan kek dan parti kecil." },
    tl: { name: "Kids' animation at mga party pambata", description: "Mga laro, crafts, treasure hunt at face painting kasama ang magiliw naming kids' club team, sa loob o sa labas sa ilalim ng mga puno. May kaarawan? Sabihan kami at magdadagdag kami ng cake at munting party." },
  },
  "heated-childrens-pool": {
    th: { name: "สระว่ายน้ำอุ่นสำหรับเด็ก", description: "สระตื้นอุณหภูมิอบอุ่น 32 °C พร้อมของเล่น ห่วงยาง และเจ้าหน้าที่ไลฟ์การ์ดประจำ ฟรีสำหรับแขกของเรา การจองรอบช่วยให้สระสงบและไม่แออัด" },
    hu: { name: "Fűtött gyerekmedence", description: "Sekély medence kellemes 32 °C-os vízzel, játékokkal, úszógumikkal és úszómesterrel. Vendégeinknek ingyenes; az időpontfoglalás nyugodt, zsúfoltságmentes fürdőzést biztosít." },
    az: { name: "İsidilən uşaq hovuzu", description: "Rahat 32 °C temperaturda saxlanılan dayaz hovuz, oyuncaqlar, üzgəclər və növbətçi xilasedici ilə. Qonaqlarımız üçün pulsuzdur; seans sifariş etmək hovuzu sakit və sıxlıqsız saxlayır." },
    ms: { name: "Kolam kanak-kanak berpemanas", description: "Kolam cetek bersuhu selesa 32 °C, dengan mainan, pelampung dan penyelamat yang bertugas. Percuma untuk tetamu kami; menempah sesi memastikan kolam tenang dan tidak sesak." },
    tl: { name: "Pinainit na pool pambata", description: "Mababaw na pool na laging nasa maginhawang 32 °C, may mga laruan, salbabida at lifeguard na naka-duty. Libre para sa aming mga bisita; ang pag-book ng session ay nagpapanatiling tahimik at hindi siksikan." },
  },
  "childrens-playground": {
    th: { name: "สนามเด็กเล่น", description: "สนามเด็กเล่นในป่าของเรามีบ้านต้นไม้ สะพานเชือก ชิงช้า และบ่อทราย โดยมีพี่เลี้ยงจากคิดส์คลับคอยดูแล ฟรีสำหรับแขกของเรา เป็นรอบที่มีผู้ดูแล" },
    hu: { name: "Játszótér", description: "Erdei játszóterünkön lombház, kötélhidak, hinták és homokozó várja a gyerekeket, a gyerekklub munkatársa pedig mindenre figyel. Vendégeinknek ingyenes, felügyelt idősávokban." },
    az: { name: "Uşaq meydançası", description: "Meşədəki uşaq meydançamızda ağac evi, kəndir körpüləri, yelləncəklər və qum qutusu var, uşaq klubunun əməkdaşı isə hər şeyə nəzarət edir. Qonaqlarımız üçün pulsuzdur, nəzarətli seanslarla." },
    ms: { name: "Taman permainan kanak-kanak", description: "Taman permainan hutan kami mempunyai rumah pokok, jambatan tali, buaian dan kotak pasir, dengan petugas kelab kanak-kanak yang sentiasa memerhati. Percuma untuk tetamu kami, dalam sesi berpenyelia." },
    tl: { name: "Palaruan ng mga bata", description: "May tree house, rope bridge, duyan at sandpit ang aming palaruan sa gubat, at may host mula sa kids' club na nagbabantay. Libre para sa aming mga bisita, sa mga session na may bantay." },
  },
  babysitting: {
    th: { name: "บริการพี่เลี้ยงเด็ก", description: "พี่เลี้ยงเด็กที่มีประสบการณ์และผ่านการอบรมปฐมพยาบาล ดูแลลูก ๆ ของคุณในห้องพักขณะที่คุณเพลิดเพลินกับมื้อค่ำหรือซาวน่า แจ้งอายุ กิจวัตร และอาการแพ้ต่าง ๆ ให้เราทราบ" },
    hu: { name: "Bébiszitter", description: "Tapasztalt, elsősegélynyújtásban képzett bébiszitter vigyáz gyermekeire a szobában, amíg Ön vacsorázik vagy a szaunában pihen. Tudassa velünk a gyerekek életkorát, napirendjét és esetleges allergiáit." },
    az: { name: "Dayə xidməti", description: "Təcrübəli, ilk yardım təlimi keçmiş dayə siz şam yeməyindən və ya saunadan həzz alarkən uşaqlarınıza otağınızda baxır. Onların yaşını, gündəlik rejimini və allergiyalarını bizə bildirin." },
    ms: { name: "Khidmat pengasuh", description: "Pengasuh berpengalaman yang terlatih dalam pertolongan cemas menjaga anak-anak anda di bilik sementara anda menikmati makan malam atau sauna. Beritahu kami umur, rutin dan sebarang alahan mereka." },
    tl: { name: "Pag-aalaga ng bata (babysitting)", description: "Isang bihasang babysitter na may pagsasanay sa first aid ang mag-aalaga sa inyong mga anak sa kuwarto habang nag-eenjoy kayo sa hapunan o sa sauna. Sabihin sa amin ang kanilang edad, nakagawian at anumang allergy." },
  },
  paediatrician: {
    th: { name: "กุมารแพทย์มาตรวจที่ห้อง", description: "หากลูกของคุณไม่สบาย กุมารแพทย์พันธมิตรของเราจากเมืองใกล้เคียงจะมาตรวจที่ห้องพัก โดยปกติภายในไม่กี่ชั่วโมง แผนกต้อนรับจะโทรหาคุณเพื่อนัดเวลา" },
    hu: { name: "Gyermekorvosi vizit", description: "Ha gyermeke rosszul érzi magát, a közeli város partner gyermekorvosa felkeresi Önöket a szobában, általában néhány órán belül. Az időpont egyeztetése miatt a recepció felhívja Önt." },
    az: { name: "Pediatr ziyarəti", description: "Uşağınız özünü pis hiss edərsə, yaxın şəhərdən tərəfdaş pediatrımız sizi otağınızda, adətən bir neçə saat ərzində ziyarət edir. Vaxtı razılaşdırmaq üçün qəbul masası sizə zəng edəcək." },
    ms: { name: "Lawatan pakar kanak-kanak", description: "Jika anak anda kurang sihat, pakar kanak-kanak rakan kongsi kami dari pekan berhampiran akan melawat anda di bilik, biasanya dalam beberapa jam. Penyambut tetamu akan menghubungi anda untuk menetapkan masa." },
    tl: { name: "Pagbisita ng pediatrician", description: "Kapag masama ang pakiramdam ng inyong anak, bibisita sa inyong kuwarto ang aming partner na pediatrician mula sa kalapit na bayan, karaniwang sa loob ng ilang oras. Tatawagan kayo ng reception para itakda ang oras." },
  },
  "childrens-menu": {
    th: { name: "เมนูสำหรับเด็ก", description: "เมนูสามคอร์สสำหรับแขกตัวน้อย ปรุงสดจากวัตถุดิบท้องถิ่น: ซุปผัก ปลาจากทะเลสาบหรือพาสต้า และของหวานผลไม้ แจ้งเราเรื่องอาการแพ้อาหาร แล้วเราจะปรุงให้เหมาะสม" },
    hu: { name: "Gyerekmenü", description: "Háromfogásos menü fiatal vendégeinknek, frissen, helyi alapanyagokból: zöldségleves, tavi hal vagy tészta, és gyümölcsös desszert. Szóljon az esetleges allergiákról, és ahhoz igazítjuk a főzést." },
    az: { name: "Uşaq menyusu", description: "Kiçik qonaqlar üçün yerli məhsullardan təzə hazırlanan üç yeməkli menyu: tərəvəz şorbası, göl balığı və ya makaron, və meyvəli desert. Allergiyalar barədə bizə deyin, ona uyğun bişirək." },
    ms: { name: "Menu kanak-kanak", description: "Menu tiga hidangan untuk tetamu cilik, disediakan segar daripada hasil tempatan: sup sayur, ikan tasik atau pasta, dan pencuci mulut buah-buahan. Beritahu kami tentang sebarang alahan dan kami akan menyesuaikan masakan." },
    tl: { name: "Menu pambata", description: "Tatlong-kursong menu para sa mga batang bisita, bagong luto mula sa lokal na sangkap: gulay na sopas, isda mula sa lawa o pasta, at prutas na panghimagas. Sabihin sa amin ang anumang allergy at iaangkop namin ang pagluluto." },
  },
  "organised-excursions": {
    th: { name: "ทัวร์ท่องเที่ยวที่จัดไว้", description: "ทริปครึ่งวันโดยรถโค้ชพร้อมไกด์: ปราสาทฝั่งตรงข้ามทะเลสาบ ตลาดในเมืองเก่า และสวนสัตว์ป่า มีที่นั่งสำหรับเด็ก ขนม และน้ำดื่มบนรถ" },
    hu: { name: "Szervezett kirándulások", description: "Félnapos buszos kirándulások idegenvezetővel: a tó túlpartján álló vár, az óvárosi piac és a vadaspark. Gyerekülés, harapnivaló és víz a buszon." },
    az: { name: "Təşkil olunmuş ekskursiyalar", description: "Bələdçi ilə avtobusla yarımgünlük səfərlər: gölün o tayındakı qala, köhnə şəhər bazarı və vəhşi təbiət parkı. Uşaq oturacaqları, qəlyanaltı və su avtobusda var." },
    ms: { name: "Lawatan bersiar-siar teratur", description: "Perjalanan separuh hari dengan bas persiaran bersama pemandu pelancong: istana di seberang tasik, pasar bandar lama dan taman hidupan liar. Tempat duduk kanak-kanak, snek dan air disediakan." },
    tl: { name: "Mga organisadong excursion", description: "Kalahating-araw na biyahe sakay ng coach kasama ang gabay: ang kastilyo sa kabila ng lawa, ang palengke sa lumang bayan at ang wildlife park. May child seat, meryenda at tubig sa sasakyan." },
  },
  "equipment-rental": {
    th: { name: "เช่าอุปกรณ์กีฬาและอุปกรณ์สำหรับเด็ก", description: "จักรยานพร้อมที่นั่งเด็ก หมวกกันน็อก ลูกบอล ชุดแบดมินตัน เลื่อนหิมะในฤดูหนาว และเป้อุ้มเด็กสำหรับเดินป่า รับได้ที่เคาน์เตอร์กิจกรรม และนำมาคืนเมื่อใช้เสร็จ" },
    hu: { name: "Sport- és gyerekfelszerelés bérlése", description: "Kerékpárok gyerekülésekkel, bukósisakok, labdák, tollaslabdaszettek, télen szánkók és hordozók a túrákhoz. Átvétel a programirodában, és hozza vissza, amikor végzett." },
    az: { name: "İdman və uşaq ləvazimatı icarəsi", description: "Uşaq oturacaqlı velosipedlər, dəbilqələr, toplar, badminton dəstləri, qışda xizəklər və cığırlar üçün uşaq daşıyıcıları. Fəaliyyətlər masasından götürün, işiniz bitəndə geri qaytarın." },
    ms: { name: "Sewa peralatan sukan dan kanak-kanak", description: "Basikal dengan tempat duduk kanak-kanak, topi keledar, bola, set badminton, kereta luncur pada musim sejuk dan pembawa bayi untuk denai. Ambil di kaunter aktiviti dan pulangkan apabila selesai." },
    tl: { name: "Paupahang kagamitang pang-sports at pambata", description: "Mga bisikleta na may child seat, helmet, bola, badminton set, sled tuwing taglamig at baby carrier para sa mga trail. Kunin sa activities desk at ibalik kapag tapos na kayo." },
  },
  transfer: {
    th: { name: "บริการรับส่งสนามบินและสถานีรถไฟ", description: "คนขับของเราจะรอรับคุณที่สนามบินหรือสถานีรถไฟ และพาคุณตรงมายังทะเลสาบ มีที่นั่งสำหรับเด็กตามคำขอ แจ้งเที่ยวบินหรือขบวนรถไฟของคุณ แล้วเราจะติดตามให้" },
    hu: { name: "Reptéri és vasútállomási transzfer", description: "Sofőrünk a repülőtéren vagy a vasútállomáson várja Önöket, és egyenesen a tóhoz hozza, kérésre gyerekülésekkel. Adja meg járata vagy vonata adatait, mi pedig figyelemmel kísérjük." },
    az: { name: "Hava limanı və vağzal transferi", description: "Sürücümüz sizi hava limanında və ya dəmir yolu vağzalında qarşılayır və birbaşa gölə gətirir, istəyə görə uşaq oturacaqları ilə. Uçuşunuzu və ya qatarınızı bildirin, biz onu izləyəcəyik." },
    ms: { name: "Pengangkutan lapangan terbang dan stesen", description: "Pemandu kami akan menyambut anda di lapangan terbang atau stesen kereta api dan membawa anda terus ke tasik, dengan tempat duduk kanak-kanak atas permintaan. Berikan butiran penerbangan atau kereta api anda dan kami akan memantaunya." },
    tl: { name: "Transfer mula sa airport at istasyon", description: "Sasalubungin kayo ng aming driver sa airport o sa istasyon ng tren at dadalhin kayo diretso sa lawa, may child seat kung hihilingin. Ibigay ang inyong flight o tren at susubaybayan namin ito." },
  },
  "guided-tours": {
    th: { name: "ทัวร์นำเที่ยวแบบกลุ่มและส่วนตัว", description: "เดินตามเส้นทางในป่าและริมทะเลสาบกับไกด์ท้องถิ่นที่รู้จักทุกจุดชมวิว นก และตำนาน เข้าร่วมกลุ่มเล็ก หรือขอทัวร์ส่วนตัวตามจังหวะของคุณเองที่เคาน์เตอร์กิจกรรม" },
    hu: { name: "Csoportos és egyéni vezetett túrák", description: "Járja be az erdei ösvényeket és a tópartot egy helyi vezetővel, aki minden kilátópontot, madarat és legendát ismer. Csatlakozzon egy kis csoporthoz, vagy kérjen a programirodában saját tempójú egyéni túrát." },
    az: { name: "Bələdçili qrup və fərdi turlar", description: "Hər mənzərə nöqtəsini, quşu və əfsanəni bilən yerli bələdçi ilə meşə cığırları və göl sahili boyunca gəzin. Kiçik qrupa qoşulun və ya fəaliyyətlər masasından öz tempinizdə fərdi tur istəyin." },
    ms: { name: "Lawatan berpemandu berkumpulan dan individu", description: "Jelajahi denai hutan dan pesisir tasik bersama pemandu tempatan yang mengenali setiap tempat tinjauan, burung dan legenda. Sertai kumpulan kecil, atau minta lawatan peribadi mengikut rentak anda di kaunter aktiviti." },
    tl: { name: "Mga guided tour na panggrupo at pang-isahan", description: "Lakarin ang mga trail sa gubat at ang baybayin ng lawa kasama ang lokal na gabay na kilala ang bawat tanawin, ibon at alamat. Sumali sa maliit na grupo, o humiling sa activities desk ng pribadong tour ayon sa sarili ninyong bilis." },
  },
  disco: {
    th: { name: "ค่ำคืนดิสโก้", description: "เต้นรำตลอดคืนในโรงเก็บเรือเก่า พร้อมดีเจ แสงสีตระการตา และระเบียงริมน้ำ ตั๋วรวมเครื่องดื่มต้อนรับหนึ่งแก้ว" },
    hu: { name: "Diszkóest", description: "Táncoljon hajnalig a régi csónakházban DJ-vel, fényshow-val és vízre néző terasszal. A jegy egy üdvözlőitalt is tartalmaz." },
    az: { name: "Diskoteka gecəsi", description: "Köhnə qayıqxanada DJ, işıq şousu və su üzərindəki terrasla gecə boyu rəqs edin. Biletə bir salamlama içkisi daxildir." },
    ms: { name: "Malam disko", description: "Menari sepanjang malam di rumah bot lama, dengan DJ, pertunjukan cahaya dan teres di atas air. Minuman selamat datang termasuk dalam tiket." },
    tl: { name: "Gabi ng disco", description: "Sumayaw buong gabi sa lumang boathouse, may DJ, light show at terasa sa ibabaw ng tubig. Kasama sa tiket ang isang welcome drink." },
  },
  "event-tickets": {
    th: { name: "ตั๋วงานกิจกรรม", description: "ที่นั่งสำหรับคอนเสิร์ต ละครเวทียามค่ำ และโรงภาพยนตร์กลางแจ้งที่เวทีริมทะเลสาบ ตั๋วของคุณพิมพ์ไว้แล้วและรออยู่ที่แผนกต้อนรับ" },
    hu: { name: "Rendezvényjegyek", description: "Helyek a tóparti színpad koncertjeire, színházi estjeire és szabadtéri mozijára. Jegyeit kinyomtatva a recepción veheti át." },
    az: { name: "Tədbir biletləri", description: "Göl kənarındakı səhnədə konsertlər, teatr axşamları və açıq hava kinosu üçün yerlər. Biletləriniz çap olunub və qəbul masasında sizi gözləyir." },
    ms: { name: "Tiket acara", description: "Tempat duduk untuk konsert, malam teater dan pawagam terbuka di pentas tepi tasik. Tiket anda telah dicetak dan menanti di kaunter penyambut tetamu." },
    tl: { name: "Mga tiket sa event", description: "Mga upuan para sa mga konsiyerto, gabi ng teatro at open-air na sinehan sa entablado sa tabi ng lawa. Naka-print na ang inyong mga tiket at naghihintay sa reception desk." },
  },
  "car-rental": {
    th: { name: "เช่ารถยนต์", description: "รถยนต์ขนาดกะทัดรัดพร้อมประกันภัยเต็มรูปแบบและที่นั่งสำหรับเด็กตามคำขอ ส่งถึงหน้าทางเข้าโรงแรม เหมาะสำหรับเที่ยวหมู่บ้านบนภูเขาและเส้นทางไวน์" },
    hu: { name: "Autóbérlés", description: "Kompakt autó teljes körű biztosítással, kérésre gyerekülésekkel, a szálloda bejáratához szállítva. Tökéletes a hegyi falvakhoz és a borúthoz." },
    az: { name: "Avtomobil icarəsi", description: "Tam sığortalı kompakt avtomobil, istəyə görə uşaq oturacağı ilə, otelin girişinə çatdırılır. Dağ kəndləri və şərab marşrutu üçün mükəmməldir." },
    ms: { name: "Sewa kereta", description: "Kereta kompak dengan insurans penuh dan tempat duduk kanak-kanak atas permintaan, dihantar ke pintu masuk hotel. Sesuai untuk kampung pergunungan dan laluan wain." },
    tl: { name: "Paupahang kotse", description: "Compact na kotse na may buong insurance at child seat kung hihilingin, ihahatid sa pasukan ng hotel. Perpekto para sa mga nayon sa bundok at sa wine route." },
  },
  "scooter-rental": {
    th: { name: "เช่าสกูตเตอร์", description: "สกูตเตอร์ 125 ซีซี พร้อมหมวกกันน็อกสองใบ สำหรับเที่ยวสบาย ๆ ไปตามถนนริมทะเลสาบ ใช้ใบขับขี่รถยนต์ได้ และเราจะแนะนำเส้นทางที่ดีที่สุดบนแผนที่ให้" },
    hu: { name: "Robogóbérlés", description: "125 köbcentis robogó két bukósisakkal, kényelmes kirándulásokhoz a tóparti úton. Elég hozzá az autós jogosítvány; a legszebb útvonalakat térképen mutatjuk meg." },
    az: { name: "Skuter icarəsi", description: "Göl yolu boyunca rahat səfərlər üçün iki dəbilqə ilə 125 kub santimetrlik skuter. Avtomobil sürücülük vəsiqəsi kifayətdir; ən yaxşı marşrutları xəritədə sizə göstəririk." },
    ms: { name: "Sewa skuter", description: "Skuter 125 cc dengan dua topi keledar untuk perjalanan santai di sepanjang jalan tasik. Lesen memandu kereta sudah mencukupi; kami tunjukkan laluan terbaik pada peta." },
    tl: { name: "Paupahang scooter", description: "125 cc na scooter na may dalawang helmet para sa madaling biyahe sa kalsada sa tabi ng lawa. Sapat na ang lisensya sa pagmamaneho ng kotse; ituturo namin sa mapa ang pinakamagagandang ruta." },
  },
  fishing: {
    th: { name: "ตกปลาในทะเลสาบ", description: "ตกปลาเพิร์ชและปลาไพก์จากท่าเทียบเรือหรือบนเรือ พร้อมคันเบ็ด เหยื่อ และใบอนุญาตรายวัน เชฟของเรายินดีย่างปลาที่คุณจับได้เป็นมื้อค่ำ" },
    hu: { name: "Horgászat a tavon", description: "Horgásszon sügérre és csukára a stégünkről vagy csónakból; botot, csalit és napijegyet biztosítunk. Séfünk szívesen megsüti a fogást vacsorára." },
    az: { name: "Göldə balıq tutma", description: "İskələmizdən və ya qayıqdan xanı və durnabalığı tutun; tilov, yem və günlük icazə verilir. Aşpazımız tutduğunuz balığı məmnuniyyətlə şam yeməyi üçün qızardacaq." },
    ms: { name: "Memancing di tasik", description: "Memancing ikan perch dan pike dari jeti kami atau dari bot, dengan joran, umpan dan permit harian disediakan. Cef kami dengan senang hati akan memanggang hasil tangkapan anda untuk makan malam." },
    tl: { name: "Pangingisda sa lawa", description: "Mangisda ng perch at pike mula sa aming pantalan o sa bangka, may pamingwit, pain at day permit na ibibigay. Ikagagalak ng aming chef na i-ihaw ang nahuli ninyo para sa hapunan." },
  },
  "horse-riding": {
    th: { name: "ขี่ม้า", description: "หนึ่งชั่วโมงบนหลังม้าไปตามเส้นทางในป่าที่เงียบสงบและริมทะเลสาบ นำโดยครูสอนขี่ม้าของเรา ผู้เริ่มต้นก็ร่วมได้ มีหมวกกันน็อกและรองเท้าบูทให้" },
    hu: { name: "Lovaglás", description: "Egy óra nyeregben csendes erdei ösvényeken és a tóparton, lovasoktatóink vezetésével. Kezdőket is szívesen látunk; sisakot és csizmát biztosítunk." },
    az: { name: "At sürmə", description: "Atçılıq təlimçilərimizin rəhbərliyi ilə sakit meşə cığırlarında və göl sahili boyunca yəhərdə bir saat. Yeni başlayanlar xoş gəlmisiniz; dəbilqə və çəkmələr verilir." },
    ms: { name: "Menunggang kuda", description: "Sejam di atas pelana melalui denai hutan yang tenang dan di sepanjang pesisir tasik, dipimpin oleh jurulatih menunggang kami. Pemula dialu-alukan; topi keledar dan but disediakan." },
    tl: { name: "Pangangabayo", description: "Isang oras sa siyahan sa tahimik na mga trail sa gubat at sa baybayin ng lawa, sa pangunguna ng aming mga riding instructor. Malugod na tinatanggap ang mga baguhan; may helmet at bota na ibibigay." },
  },
  sauna: {
    th: { name: "ซาวน่าและโรงอาบน้ำริมทะเลสาบ", description: "ซาวน่าฟินแลนด์ใช้ฟืนและห้องอบไอน้ำติดริมน้ำ พร้อมกระโดดลงทะเลสาบเย็น ๆ สำหรับผู้กล้า มีผ้าขนหนู เสื้อคลุม และชาสมุนไพรรอคุณอยู่" },
    hu: { name: "Tóparti szauna és fürdőház", description: "Fatüzelésű finn szauna és gőzfürdő közvetlenül a víz partján, a bátraknak hideg csobbanással a tóban. Törölköző, fürdőköpeny és gyógytea várja." },
    az: { name: "Göl kənarında sauna və hamam", description: "Suyun lap yanında odunla qızdırılan Fin saunası və buxar hamamı, cəsurlar üçün isə gölə soyuq baş vurma. Dəsmallar, xalatlar və bitki çayı sizi gözləyir." },
    ms: { name: "Sauna dan rumah mandi tepi tasik", description: "Sauna Finland berapi kayu dan mandian wap betul-betul di tepi air, dengan terjunan sejuk ke dalam tasik bagi yang berani. Tuala, jubah mandi dan teh herba menanti anda." },
    tl: { name: "Sauna at bath house sa tabi ng lawa", description: "Finnish sauna na pinaiinit ng kahoy at steam bath sa mismong tabi ng tubig, at malamig na paglublob sa lawa para sa matatapang. Naghihintay sa inyo ang mga tuwalya, robe at herbal tea." },
  },
  boating: {
    th: { name: "พายเรือ", description: "พายเรือข้ามทะเลสาบอันสงบไปยังเกาะเล็ก ๆ และดงกก มีเสื้อชูชีพสำหรับทุกวัยบนเรือ และทีมงานโรงเก็บเรือจะแนะนำเส้นทางให้" },
    hu: { name: "Csónakázás", description: "Evezzen vagy lapátoljon át a nyugodt tavon a kis szigetig és nádasaihoz. Minden korosztálynak van mentőmellény a fedélzeten, a csónakház csapata pedig megmutatja az utat." },
    az: { name: "Qayıqla gəzinti", description: "Sakit gölü avarla keçib kiçik adaya və onun qamışlıqlarına çatın. Hər yaş üçün xilasedici jiletlər qayıqdadır, qayıqxana komandası isə sizə yolu göstərir." },
    ms: { name: "Berperahu", description: "Berdayung merentasi tasik yang tenang ke pulau kecil dan rumpun buluh perindunya. Jaket keselamatan untuk semua peringkat umur tersedia, dan pasukan rumah bot akan menunjukkan arah." },
    tl: { name: "Pamamangka", description: "Sumagwan sa tahimik na lawa papunta sa munting isla at sa mga tambuhan nito. May life jacket para sa lahat ng edad sa bangka, at ituturo sa inyo ng boathouse team ang daan." },
  },
  paintball: {
    th: { name: "เพนต์บอลในป่า", description: "ศึกระหว่างทีมในพื้นที่ป่าที่มีรั้วกั้น พร้อมหน้ากาก ชุดคลุม ปืนเพนต์บอล และกระสุน 200 ลูกต่อคน กรรมการจะอธิบายกติกาและดูแลให้เกมปลอดภัยและยุติธรรม" },
    hu: { name: "Paintball az erdőben", description: "Csapatcsaták az erdő bekerített részén, maszkkal, overallal, markerrel és fejenként 200 golyóval. A bíró elmagyarázza a szabályokat, és gondoskodik a biztonságos, sportszerű játékról." },
    az: { name: "Meşədə peyntbol", description: "Meşənin hasarlanmış hissəsində maskalar, kombinezonlar, markerlər və hər nəfərə 200 top ilə komanda döyüşləri. Hakim qaydaları izah edir və oyunun təhlükəsiz və ədalətli keçməsini təmin edir." },
    ms: { name: "Paintball di hutan", description: "Pertempuran berpasukan di kawasan hutan berpagar, dengan topeng, baju luar, penanda dan 200 peluru setiap orang. Pengadil menerangkan peraturan dan memastikan permainan selamat dan adil." },
    tl: { name: "Paintball sa gubat", description: "Labanan ng mga team sa nababakurang bahagi ng gubat, may maskara, overall, marker at 200 bala bawat isa. Ipinapaliwanag ng referee ang mga patakaran at pinananatiling ligtas at patas ang laro." },
  },
  "petting-zoo": {
    th: { name: "สวนสัตว์เลี้ยง", description: "พบกับแพะ กระต่าย ม้าแคระ และเป็ดของเรา และช่วยให้อาหารสัตว์กับผู้ดูแลฟาร์ม เด็ก ๆ ชอบมาก และผู้ใหญ่ก็เช่นกัน" },
    hu: { name: "Simogató", description: "Ismerkedjen meg kecskéinkkel, nyulainkkal, pónijainkkal és kacsáinkkal, és segítsen az etetésnél gondozónkkal. A kicsik imádják – és a felnőttek is." },
    az: { name: "Ev heyvanları parkı", description: "Keçilərimiz, dovşanlarımız, ponilərimiz və ördəklərimizlə tanış olun və ferma işçimizlə yemləmə vaxtı kömək edin. Balacalar buna bayılır, böyüklər də." },
    ms: { name: "Zoo belaian", description: "Kenali kambing, arnab, kuda padi dan itik kami, dan bantu memberi makan bersama penjaga ladang kami. Si kecil sangat menyukainya, begitu juga orang dewasa." },
    tl: { name: "Petting zoo ng mga hayop", description: "Kilalanin ang aming mga kambing, kuneho, pony at pato, at tumulong sa oras ng pagpapakain kasama ang aming tagapag-alaga. Gustong-gusto ito ng mga bata, at pati ng matatanda." },
  },
  "mini-farm": {
    th: { name: "ฟาร์มเล็ก", description: "เริ่มต้นวันใหม่แบบชาวนา: เก็บไข่สด รีดนมแพะ และให้อาหารไก่ แล้วนำไข่ของคุณไปเป็นอาหารเช้า งานยามเย็นปิดท้ายวันกับเหล่าสัตว์" },
    hu: { name: "Minifarm", description: "Kezdje a napot úgy, mint egy gazda: gyűjtsön friss tojást, fejje meg a kecskét, etesse meg a tyúkokat, majd vigye a tojásokat reggelihez. Az esti teendők az állatokkal zárják a napot." },
    az: { name: "Mini ferma", description: "Günə fermer kimi başlayın: təzə yumurta toplayın, keçini sağın və toyuqları yemləyin, sonra yumurtalarınızı səhər yeməyinə aparın. Axşam işləri günü heyvanlarla birlikdə bitirir." },
    ms: { name: "Ladang mini", description: "Mulakan hari seperti seorang petani: kutip telur segar, perah susu kambing dan beri makan ayam, kemudian bawa telur anda ke sarapan. Tugasan petang menutup hari bersama haiwan." },
    tl: { name: "Munting bukid (mini farm)", description: "Simulan ang araw na parang magsasaka: mangolekta ng sariwang itlog, gatasan ang kambing at pakainin ang mga manok, saka dalhin ang inyong mga itlog sa almusal. Tinatapos ng mga gawain sa gabi ang araw kasama ang mga hayop." },
  },
};

/** Price rule labels, keyed by their English text. */
export const PRICE_RULE_LABEL_TRANSLATIONS: Record<string, Record<SeedLanguage, string>> = {
  "Children under 3 go free": {
    th: "เด็กอายุต่ำกว่า 3 ปีฟรี",
    hu: "3 év alatti gyermekeknek ingyenes",
    az: "3 yaşadək uşaqlar pulsuzdur",
    ms: "Kanak-kanak bawah 3 tahun percuma",
    tl: "Libre ang mga batang wala pang 3 taon",
  },
  "Children 3–11 pay half": {
    th: "เด็กอายุ 3–11 ปีจ่ายครึ่งราคา",
    hu: "3–11 éves gyermekeknek félár",
    az: "3–11 yaşlı uşaqlar yarı qiymət ödəyir",
    ms: "Kanak-kanak 3–11 tahun bayar separuh harga",
    tl: "Kalahating presyo ang mga batang 3–11 taon",
  },
  "10 % off family items for families with 3 or more children": {
    th: "ส่วนลด 10 % สำหรับรายการครอบครัว เมื่อมีบุตรตั้งแต่ 3 คนขึ้นไป",
    hu: "10 % kedvezmény a családi tételekre 3 vagy több gyermekes családoknak",
    az: "3 və daha çox uşaqlı ailələr üçün ailə xidmətlərinə 10 % endirim",
    ms: "Diskaun 10 % untuk item keluarga bagi keluarga dengan 3 anak atau lebih",
    tl: "10 % diskuwento sa mga pampamilyang item para sa pamilyang may 3 o higit pang anak",
  },
};

/** Department names as guests read them ("Provided by: …"); staff pages show the English name. */
export const DEPARTMENT_NAME_TRANSLATIONS: Record<string, Record<SeedLanguage, string>> = {
  reception: { th: "แผนกต้อนรับ", hu: "Recepció", az: "Qəbul masası", ms: "Kaunter penyambut tetamu", tl: "Resepsiyon" },
  "kids-club": { th: "คิดส์คลับ", hu: "Gyerekklub", az: "Uşaq klubu", ms: "Kelab kanak-kanak", tl: "Klub ng mga bata" },
  activities: { th: "เคาน์เตอร์กิจกรรม", hu: "Programiroda", az: "Fəaliyyətlər masası", ms: "Kaunter aktiviti", tl: "Mesa ng mga aktibidad" },
  transport: { th: "ฝ่ายรับส่ง", hu: "Transzfer", az: "Nəqliyyat xidməti", ms: "Pengangkutan", tl: "Transportasyon" },
  "stables-farm": { th: "คอกม้าและฟาร์ม", hu: "Lovarda és tanya", az: "Tövlə və ferma", ms: "Kandang kuda dan ladang", tl: "Kuwadra at bukid" },
  wellness: { th: "สปาและเวลเนส", hu: "Wellnessrészleg", az: "Sağlamlıq mərkəzi", ms: "Spa dan kesejahteraan", tl: "Spa at kalusugan" },
  restaurant: { th: "ห้องอาหาร", hu: "Étterem", az: "Restoran", ms: "Restoran", tl: "Restawran" },
};

type Localized = { en: string } & Partial<Record<SeedLanguage, string>>;

/** An English text with its translations from `table` (a name or a description). */
export function withTranslations(en: string, table: SeedTranslations, slug: string, field: keyof Texts): Localized {
  const out: Localized = { en };
  const entry = table[slug];
  if (entry) for (const l of SEED_LANGUAGES) out[l] = entry[l][field];
  return out;
}

/** A price rule label with its translations. */
export function labelWithTranslations(en: string): Localized {
  return { en, ...(PRICE_RULE_LABEL_TRANSLATIONS[en] ?? {}) };
}
