### Waypoint — Tiếng Việt. Draft: not yet checked by a qualified translator.
### @status draft
### Plain Vietnamese with full tone marks, "bạn" throughout. SMS is UCS-2: at most 201
### characters a message. Synonyms also without tone marks and with "d" for "đ", as people type.


## Global commands. English command words work too.

cmd-menu = MENU
    .synonyms = danh mục, danh muc, trang chính, trang chinh, lựa chọn, lua chon
cmd-back = QUAY LẠI
    .synonyms = quay lai, trở lại, tro lai, lùi lại, lui lai
cmd-language = NGÔN NGỮ
    .synonyms = ngon ngu, đổi ngôn ngữ, doi ngon ngu, ngôn ngữ khác, ngon ngu khac
cmd-human = NHÂN VIÊN
    .synonyms = nhan vien, gặp nhân viên, gap nhan vien, người thật, nguoi that, gặp người, gap nguoi, nói chuyện với người, noi chuyen voi nguoi
cmd-erase = XÓA
    .synonyms = xoá, xoa, xóa hết, xoa het, xóa tất cả, xoa tat ca
cmd-stop = NGỪNG
    .synonyms = ngung, ngừng lại, ngung lai, dừng lại, dung lai, hủy đăng ký, huy dang ky
cmd-start = BẮT ĐẦU
    .synonyms = bat dau, tiếp tục, tiep tuc
cmd-help = TRỢ GIÚP
    .synonyms = tro giup, hướng dẫn, huong dan, các lệnh, cac lenh
cmd-emergency = KHẨN CẤP
    .synonyms = khan cap, nguy hiểm, nguy hiem, tôi gặp nguy hiểm, toi gap nguy hiem, tôi đang gặp nguy hiểm, toi dang gap nguy hiem, cứu, cuu, cứu tôi, cuu toi, cứu với, cuu voi, cứu tôi với, cuu toi voi, giúp tôi, giup toi, giúp tôi với, giup toi voi, gọi 911, goi 911
cmd-open = MỞ
    .synonyms = mở tin nhắn, đọc, đọc tin nhắn

## Engine messages

draft-notice = Văn bản này chưa được người dịch kiểm tra.
erased = Xong. Chúng tôi đã xóa những gì lưu về cuộc trò chuyện này. Bạn cũng hãy xóa cuộc trò chuyện này trên điện thoại.
stopped = Được. Chúng tôi sẽ không nhắn nữa. Gửi BẮT ĐẦU nếu bạn muốn nói chuyện sau.
recovered = Xin lỗi, chúng tôi bị mất mạch trò chuyện. Đây là menu.
input-refused = Xin lỗi, chúng tôi không đọc được tin nhắn đó. Vui lòng thử lại.
input-trimmed = Tin nhắn của bạn rất dài. Chúng tôi chỉ đọc phần đầu.
back-unavailable = Không có gì để quay lại.
too-many-misses = Xin lỗi, chúng tôi chưa hiểu. Đây là menu. Gửi NHÂN VIÊN để nói chuyện với một người.
retry = Xin lỗi, chúng tôi chưa hiểu. Vui lòng chọn một mục dưới đây.

## First contact

welcome-hello = Chào bạn, đây là Waypoint. Trả lời MENU để xem các lựa chọn.
language-prompt = Ngôn ngữ?
language-en = English
    .synonyms = tiếng anh, tieng anh, english
language-fr = Français
    .synonyms = tiếng pháp, tieng phap, french
language-es = Español
    .synonyms = tiếng tây ban nha, tieng tay ban nha, spanish
language-tl = Tagalog
    .synonyms = tiếng tagalog, tieng tagalog, tiếng philippines, tieng philippines, tiếng phi, tieng phi
language-pa = ਪੰਜਾਬੀ
    .synonyms = tiếng punjab, tieng punjab, punjabi
language-hi = हिन्दी
    .synonyms = tiếng hindi, tieng hindi, tiếng ấn, tieng an, hindi
language-vi = Tiếng Việt
    .synonyms = tiếng việt, tieng viet, việt, viet, vietnamese, tv
language-zh = 中文（简体）
    .synonyms = tiếng trung, tieng trung, tiếng hoa, tieng hoa, chinese
language-ar = العربية
    .synonyms = tiếng ả rập, tieng a rap, ả rập, a rap, arabic
language-uk = Українська
    .synonyms = tiếng ukraina, tieng ukraina, ukraina, ukrainian
language-th = ไทย
    .synonyms = tiếng thái, tieng thai, thái lan, thai lan, thai
language-ne = नेपाली
    .synonyms = tiếng nepal, tieng nepal, nepal, nepali
language-pt = Português
    .synonyms = tiếng bồ đào nha, tieng bo dao nha, portuguese
language-ht = Kreyòl ayisyen
    .synonyms = tiếng haiti, tieng haiti, creole haiti, haitian creole, kreyol
safety-prompt = Bây giờ nhắn tin có an toàn không? Có ai khác đọc được điện thoại này không?
safety-yes = Có, an toàn
    .synonyms = có, co, an toàn, an toan, được, duoc, đc, dc, vâng, vang, ok
safety-not-now = Để lúc khác
    .synonyms = không, khong, ko, k, để sau, de sau, lúc khác, luc khac, de luc khac, không phải bây giờ, khong phai bay gio
safety-watched = Có người xem được
    .synonyms = có người, co nguoi, có người xem, co nguoi xem, có người thấy, co nguoi thay, bị theo dõi, bi theo doi
safety-bye = Được. Tạm biệt. Bạn nhắn lúc nào cũng được.
safety-watched-advice = Gửi XÓA bất cứ lúc nào để xóa những gì chúng tôi lưu. Cũng hãy xóa cuộc trò chuyện này trên điện thoại. Bạn có thể lưu số này dưới một tên khác.
codeword-offer = Bạn có thể đặt một mật mã bí mật. Nếu có câu trả lời đang chờ bạn, chúng tôi chỉ hiện nó sau khi bạn gửi mật mã.
codeword-set = Đặt mật mã
    .synonyms = mật mã, mat ma, đặt, dat, code
codeword-no = Không, cảm ơn
    .synonyms = không, khong, ko, không cảm ơn, khong cam on, bỏ qua, bo qua, thôi, thoi
codeword-prompt = Nhập mật mã của bạn: 3 đến 30 chữ cái hoặc số, không dùng emoji. Đừng dùng tên của bạn.
codeword-retry = Không dùng được mật mã này. Hãy dùng 3 đến 30 chữ cái hoặc số, không dùng emoji. Hoặc gửi MENU để bỏ qua.
codeword-saved = Cảm ơn bạn. Chúng tôi giữ mật mã của bạn cho đến khi bạn gửi XÓA.
welcome-kept = Chúng tôi không lưu số điện thoại ở dạng đọc được, cũng không lưu tin nhắn, trừ khi bạn muốn gặp một người. Gửi XÓA bất cứ lúc nào để xóa những gì chúng tôi lưu.

## Main menu (list rows: 24 characters at most)

menu-prompt = Bạn muốn biết về điều gì?
menu-work = Việc làm và lương
    .synonyms = việc làm, viec lam, công việc, cong viec, lương, luong, tiền, tien
menu-papers = Giấy tờ và giấy phép
    .synonyms = giấy tờ, giay to, giấy phép, giay phep, hộ chiếu, ho chieu, visa, thị thực, thi thuc, tình trạng, tinh trang
menu-safety = An toàn và giúp đỡ
    .synonyms = an toàn, an toan, bạo lực, bao luc, đe dọa, de doa, khiếu nại, khieu nai
menu-person = Nói chuyện với người
    .synonyms = nói chuyện, noi chuyen, người, nguoi
menu-privacy = Quyền riêng tư
    .synonyms = riêng tư, rieng tu, quyen rieng tu, bảo mật, bao mat
menu-language = Đổi ngôn ngữ
group-prompt = Chọn một chủ đề.

## Topic names (24 characters at most)

topic-wages = Lương và bị trừ lương
    .synonyms = lương, luong, tiền lương, tien luong, trả lương, tra luong, trừ lương, tru luong, tiền, tien, séc, sec
topic-hours = Giờ làm và ngày nghỉ
    .synonyms = giờ làm, gio lam, tăng ca, tang ca, làm thêm giờ, lam them gio, nghỉ, nghi, ngày nghỉ, ngay nghi, nghỉ giải lao, nghi giai lao
topic-fees-debt = Phí việc làm và nợ
    .synonyms = phí, phi, tiền phí, tien phi, mắc nợ, mac no, khoản nợ, khoan no, tiền nợ, tien no, môi giới, moi gioi, công ty môi giới, cong ty moi gioi, khoản vay, khoan vay
topic-housing = Chỗ ở
    .synonyms = chỗ ở, cho o, nhà ở, nha o, nhà, nha, phòng, phong, giường, giuong, chỗ ngủ, cho ngu
topic-health-safety = Bị thương và sức khỏe
    .synonyms = bị thương, bi thuong, ốm, om, bệnh, benh, bác sĩ, bac si, sức khỏe, suc khoe, tai nạn, tai nan
topic-documents = Hộ chiếu và giấy tờ
    .synonyms = hộ chiếu, ho chieu, giấy tờ, giay to, id, căn cước, can cuoc
topic-change-employer = Đổi chủ lao động
    .synonyms = đổi chủ, doi chu, đổi việc, doi viec, việc mới, viec moi, nghỉ việc, nghi viec, giấy phép mở, giay phep mo, open permit
topic-status = Giấy phép và cư trú
    .synonyms = tình trạng, tinh trang, cư trú, cu tru, giấy phép, giay phep, visa, thị thực, thi thuc
topic-trp = Giấy phép đặc biệt (TRP)
    .synonyms = trp, giấy phép đặc biệt, giay phep dac biet
topic-emergency = Đang gặp nguy hiểm
topic-abuse-threats = Đe dọa hoặc bạo lực
    .synonyms = đe dọa, de doa, dọa, doa, bạo lực, bao luc, bị đánh, bi danh, ngược đãi, nguoc dai
topic-complaint = Khiếu nại
    .synonyms = khiếu nại, khieu nai, tố cáo, to cao, báo cáo, bao cao, phàn nàn, phan nan
topic-police = Đi báo cảnh sát
    .synonyms = cảnh sát, canh sat, công an, cong an, báo cảnh sát, bao canh sat
topic-trafficking = Mua bán người là gì
    .synonyms = mua bán người, mua ban nguoi, buôn người, buon nguoi, trafficking
topic-talk-to-person = Nói chuyện với người
topic-privacy = Quyền riêng tư

## Shared choices and questions (reply buttons: 20 characters at most)

choice-yes = Có
    .synonyms = có, co, vâng, vang, được, duoc, đc, dc, ok, yes
choice-no = Không
    .synonyms = không, khong, ko, k, để sau, de sau
choice-menu = Menu
    .synonyms = danh mục, danh muc, trang chính, trang chinh
choice-who-helps = Ai có thể giúp
    .synonyms = ai, ai giúp, ai giup, liên hệ, lien he, số điện thoại, so dien thoai
choice-person = Nói chuyện với người
    .synonyms = nói chuyện, noi chuyen, người, nguoi
topic-next = Điều gì sẽ giúp bạn lúc này?
after-help = Bạn có muốn nói chuyện với một người không?
suggest-prompt = Bạn hỏi về một trong các mục này?

## Who can help: national lines

ref-tip-line = Báo vấn đề ở nơi làm: 1-866-602-9448, đường dây của Service Canada cho lao động nước ngoài tạm thời. Không cần cho biết tên. Có người nghe ngày thường; giờ khác, hãy để lại lời nhắn.
ref-hotline = Đường dây miễn phí 24/7: 1-833-900-1010 (Canadian Human Trafficking Hotline). Đây là tổ chức từ thiện, không phải cảnh sát hay chính phủ. Có phiên dịch hơn 200 ngôn ngữ.
ref-911 = Nếu bạn đang gặp nguy hiểm, hãy gọi 911. Gọi miễn phí từ mọi điện thoại.
ref-ircc = Hỏi về giấy phép hoặc hồ sơ? Gọi IRCC, cơ quan di trú liên bang: 1-888-242-2100 (Client Support Centre).
legal-aid = Trợ giúp pháp lý (legal aid, giúp về luật miễn phí) do mỗi tỉnh lo. Nhiều chương trình không áp dụng cho người cư trú tạm thời. Một người có thể giúp bạn tìm phòng tư vấn pháp lý.

## Province (work province, not home)

province-prompt = Bạn làm việc ở tỉnh hay vùng lãnh thổ nào? Để chúng tôi chỉ đúng văn phòng. Bạn có thể bỏ qua.
province-west = Miền Tây hoặc Bắc
    .synonyms = miền tây, mien tay, tây, tay, bắc, bac, west, north, prairies, bc, alberta, saskatchewan, manitoba, yukon, nwt, nunavut
province-east = Ontario và miền Đông
    .synonyms = miền đông, mien dong, đông, dong, east, ontario, quebec, atlantic, maritimes
province-none = Không muốn nói
    .synonyms = bỏ qua, bo qua, không, khong, ko, không muốn nói, khong muon noi
province-pick = Tỉnh nào?
province-bc = British Columbia
    .synonyms = bc, b.c, british columbia
province-ab = Alberta
    .synonyms = ab, alberta
province-sk = Saskatchewan
    .synonyms = sk, sask, saskatchewan
province-mb = Manitoba
    .synonyms = mb, manitoba
province-yt = Yukon
    .synonyms = yt, yukon
province-nt = Northwest Territories
    .synonyms = nt, nwt, northwest territories
province-nu = Nunavut
    .synonyms = nu, nunavut
province-on = Ontario
    .synonyms = on, ont, ontario
province-qc = Quebec
    .synonyms = qc, quebec, québec
province-nb = New Brunswick
    .synonyms = nb, new brunswick
province-ns = Nova Scotia
    .synonyms = ns, nova scotia
province-pe = Prince Edward Island
    .synonyms = pe, pei, prince edward island
province-nl = Newfoundland & Labrador
    .synonyms = nl, newfoundland, labrador, newfoundland and labrador

## Employment standards offices

es-office-bc = British Columbia: gọi 1-833-236-3700. Đây là Employment Standards Branch. Có phiên dịch. Trang web: www2.gov.bc.ca
es-office-ab = Alberta: gọi 1-877-427-3731, văn phòng tiêu chuẩn lao động (Employment Standards). Trang web: alberta.ca
es-office-sk = Saskatchewan: gọi 1-800-667-1783. Đây là Employment Standards. Trang web: www.saskatchewan.ca/business/employment-standards
es-office-mb = Manitoba: gọi 1-800-821-4307, văn phòng tiêu chuẩn lao động (Employment Standards Branch). Trang web: gov.mb.ca
es-office-yt = Yukon: gọi 867-667-5944, hoặc miễn phí 1-800-661-0408 ext. 5944. Đây là Employment Standards Office. Trang web: yukon.ca
es-office-nt = Northwest Territories: gọi 1-888-700-5707. Đây là Employment Standards Office. Trang web: www.ece.gov.nt.ca/en/services/employment-standards
es-office-nu = Nunavut: gọi 1-877-806-8402 hoặc 867-975-6322. Đây là Labour Standards Compliance Office. Trang web: nu-lsco.ca
es-office-on = Ontario: gọi 1-800-531-5551, Trung tâm thông tin tiêu chuẩn lao động (Employment Standards Information Centre). Có nhiều ngôn ngữ. Trang web: ontario.ca/employmentrights
es-office-qc = Quebec: gọi 1-844-838-0808. Đây là CNESST, về tiêu chuẩn lao động. Trang web: www.cnesst.gouv.qc.ca
es-office-nb = New Brunswick: gọi 1-888-452-2687. Đây là Employment Standards Branch. Trang web: www.gnb.ca. Không áp dụng cho việc làm trong nhà riêng cho chủ nhà.
es-office-ns = Nova Scotia: gọi 1-888-315-0110 hoặc 902-424-4311. Đây là Labour Standards Division. Trang web: novascotia.ca/lae/employmentrights
es-office-pe = Prince Edward Island: gọi 1-800-333-4362 hoặc 902-368-5550. Đây là Employment Standards Branch. Trang web: www.princeedwardisland.ca
es-office-nl = Newfoundland and Labrador: tìm số điện thoại trên www.gov.nl.ca/aesl/labour/nonunion. Đó là Labour Standards Division.
es-office-none = Mỗi tỉnh có văn phòng riêng về lương và giờ làm. Việc theo luật liên bang (xe tải liên tỉnh, ngân hàng, hàng không) thì đến Labour Program liên bang. Một người có thể giúp, không cần biết bạn ở đâu.

## Workers' compensation

wcb-what = Mỗi tỉnh và vùng lãnh thổ có chương trình bồi thường lao động riêng (workers' compensation). Chương trình này trả tiền và lo chữa trị nếu bạn bị thương do công việc.
wcb-bc = Ở BC, điều quan trọng là bạn bị thương ở đâu, không phải bạn từ nước nào đến. Kể cả khi chủ của bạn chưa từng đăng ký.
wcb-other = Hãy hỏi cơ quan bồi thường lao động (workers' compensation board) của tỉnh hoặc vùng lãnh thổ của bạn. Một người có thể giúp bạn việc này.

## wages

wages-agreement = Lương phải đúng với giấy bạn và chủ đã ký. Quy định về lương của tỉnh vẫn áp dụng, dù giấy ghi gì.
wages-no-fees = Chủ, hoặc người môi giới cho chủ, không được bắt bạn trả tiền để có việc. Chủ cũng không được trừ lương bạn để trả bảo hiểm y tế mà chủ phải mua.
wages-claim = Để đòi lương còn thiếu, hãy nộp đơn ở văn phòng tiêu chuẩn lao động của tỉnh. Việc theo luật liên bang (xe tải liên tỉnh, ngân hàng, hàng không) thì đến Labour Program liên bang.
wages-deadline = Có thời hạn để nộp đơn, khác nhau theo tỉnh: 6 tháng ở Nova Scotia, 12 tháng ở Saskatchewan. Hãy hỏi sớm. Không ai hứa được là bạn sẽ lấy lại được tiền.

## hours

hours-overtime = Chủ không được ép bạn làm thêm giờ ngoài hợp đồng. Tỉnh đặt giới hạn giờ làm và tiền làm thêm giờ, dù hợp đồng ghi gì.
hours-sick = Chủ không được ép bạn làm việc khi bạn ốm hoặc bị thương.
hours-province = Mỗi tỉnh tự đặt giới hạn về giờ làm, ngày nghỉ và tiền làm thêm giờ. Văn phòng tiêu chuẩn lao động của tỉnh có thể cho bạn biết luật.
hours-farm-home = Luật cho việc làm ở nông trại, hoặc làm trong nhà riêng, có thể khác. Hãy hỏi văn phòng hoặc một người.

## fees-debt

fees-ban = Từ 26/9/2022, chủ trong các chương trình lao động nước ngoài không được bắt bạn trả phí để được tuyển, kể cả qua người môi giới. Chủ phải chịu trách nhiệm về người môi giới của họ.
fees-province = Các tỉnh cũng có luật. Ở Ontario, người môi giới không được thu của bạn bất kỳ phí nào. Manitoba, BC và Saskatchewan có luật về phí việc làm. Tỉnh khác có quy định về môi giới.
fees-debt-rights = Nợ không cho ai quyền giữ giấy tờ của bạn. Nợ cũng không cho ai quyền ngăn bạn rời đi.
fees-not-fault = Việc bạn đã trả tiền không phải lỗi của bạn. Chúng tôi không thể hứa bạn sẽ lấy lại được tiền.

## documents

docs-passport = Chủ không được lấy hộ chiếu hay giấy phép lao động của bạn. Nếu họ giữ giấy tờ của bạn, bạn có thể báo cáo.
docs-help = Một người có thể giúp bạn lấy lại giấy tờ hoặc làm giấy mới. Lãnh sự quán nước bạn (văn phòng của nước bạn ở Canada) có thể giúp, nếu bạn thấy an toàn.
docs-no-numbers = Chúng tôi sẽ không bao giờ hỏi số hộ chiếu hay số giấy phép của bạn.

## housing

housing-report = Chủ không được phạt bạn vì báo cáo nhà ở tệ. Nếu họ phạt, bạn cũng có thể báo việc đó.
housing-locked = Nếu ai đó không cho bạn rời nơi ở hoặc nơi làm, bạn có thể báo cáo. Việc đó cũng tính là lạm dụng cho giấy phép lao động mở dành cho người bị lạm dụng.
housing-rules = Luật về chỗ ở tùy theo chương trình lao động và tỉnh của bạn. Một người có thể giúp bạn kiểm tra.
housing-tonight = Tối nay không có chỗ ngủ an toàn? Gọi 211 để tìm giường và sự giúp đỡ khác. Hoặc gọi đường dây miễn phí, 24/7: 1-833-900-1010.

## health-safety

health-doctor = Bạn không cần xin phép để đi khám bác sĩ. Nếu bạn bị thương hoặc ốm khi làm việc, chủ phải thật sự cố gắng giúp bạn được chữa trị.
health-insurance = Trong chương trình lao động nước ngoài, chủ phải trả bảo hiểm y tế khẩn cấp cho đến khi tỉnh bảo hiểm cho bạn. Không được trừ vào lương.
health-status = Giấy phép lao động giữ tình trạng cư trú khi còn hạn, kể cả khi bạn không làm được. Chủ không thể trục xuất bạn. Nhưng họ có thể cho bạn nghỉ việc.

## change-employer

change-closed = Giấy phép lao động đóng chỉ cho bạn làm cho chủ có tên trên giấy. Muốn đổi việc, bạn cần giấy phép mới.
change-owp = Có giấy phép lao động mở cho người lao động dễ bị tổn thương. Bạn có thể xin nếu bị ngược đãi ở nơi làm, hoặc có nguy cơ. Bạn phải ở Canada, có giấy phép đóng còn hạn, hoặc đã xin gia hạn kịp lúc.
abuse-kinds = Lạm dụng có thể là làm hại thân thể hoặc tình dục. Đe dọa hoặc kiểm soát. Lấy tiền của bạn. Trừng phạt bạn vì đã báo cáo vấn đề hoặc giúp thanh tra. Tất cả đều tính.
change-how = Giấy phép này miễn phí. Bạn nộp đơn trên mạng. Gửi thư kể điều đã xảy ra và bằng chứng nếu có, như thư của nhóm hỗ trợ hoặc bác sĩ. Gia đình ở cùng bạn tại Canada cũng có thể xin.
change-decides = Việc bạn từng làm mà giấy phép không cho phép không cản trở giấy phép này. Một viên chức sẽ quyết định. Hãy hỏi phòng tư vấn pháp lý trước khi nộp đơn.

## status

status-no-ask = Bạn không cần cho chúng tôi biết tình trạng cư trú. Chúng tôi sẽ không bao giờ hỏi.
status-paper = Giấy phép của bạn ghi ngày hết hạn và các điều kiện (quy định bạn phải theo). Giấy phép đóng còn ghi tên chủ của bạn.
status-rights = Bạn có quyền ở nơi làm việc, như mọi người khác. Người lao động tạm thời cũng vậy.
status-paths = Có nhiều cách để ở lại Canada: TRP (giấy cho ở một thời gian), giấy phép lao động mở, xin tị nạn hoặc đơn nhân đạo. Cách nào hợp tùy hoàn cảnh của bạn.
status-lawyer = Đang nguy hiểm? Gọi 911. Nếu không, hãy gặp phòng tư vấn pháp lý hoặc luật sư di trú trước, trước khi đến cảnh sát.

## trp

trp-what = TRP (giấy phép cư trú tạm thời) cho phép bạn ở Canada một thời gian. Có TRP đặc biệt cho người không có tình trạng cư trú, bị người khác kiểm soát và lợi dụng để làm việc hoặc tình dục.
trp-health = Giấy này cho bạn được chăm sóc y tế (Chương trình Y tế Liên bang Tạm thời). Bạn cũng có thể xin giấy phép lao động mở hoặc giấy phép du học, miễn phí.
trp-length = Từ ngày 4/2/2025, giấy này thường có hạn ít nhất 12 tháng. Không mất phí cho giấy này, giấy phép làm việc hay học tập, hay lấy vân tay và ảnh. Sau đó có thể có TRP khác.
trp-testify = Quy định chính thức: bạn không phải ra tòa làm nhân chứng để được giấy này. Nhưng nhân viên hỗ trợ nói nếu không có vụ việc với cảnh sát thì có thể khó được. Thực tế mỗi nơi mỗi khác.
trp-apply = Bạn có thể tự xin. Nhóm hỗ trợ hoặc cảnh sát cũng có thể giới thiệu bạn. Viên chức có thể phỏng vấn bạn, và viên chức sẽ quyết định. Hãy gặp phòng tư vấn pháp lý hoặc luật sư trước.

## trafficking

traf-what = Khi ai đó kiểm soát một người để kiếm lợi từ sức lao động hoặc tình dục của họ, luật gọi đó là mua bán người. Họ có thể dùng vũ lực, đe dọa, lừa dối, nợ, hoặc lấy giấy tờ của người đó.
traf-border = Không cần phải qua biên giới. Một người có thể đến Canada hợp pháp mà việc này vẫn xảy ra. Lời đồng ý không được tính nếu có được do ép buộc hoặc lừa dối.
traf-no-label = Bạn không cần gọi tên tình cảnh của mình mới được giúp. Lương bất công hoặc bị ngược đãi đều đáng được giúp, kể cả khi đó không phải mua bán người.

## abuse-threats

abuse-deport = Chủ không thể trục xuất bạn hay đổi tình trạng cư trú của bạn. Nếu họ đe dọa, bạn có thể báo cáo. Nhưng họ có thể cho bạn nghỉ việc.
abuse-family = Nếu ai đó đe dọa gia đình bạn ở quê nhà, một người có thể giúp bạn lập kế hoạch. Chúng tôi không thể hứa gia đình bạn sẽ an toàn.
choice-new-permit = Giấy phép lao động mới
    .synonyms = giấy phép mới, giay phep moi, giấy phép, giay phep, giấy phép mở, giay phep mo, open permit, đổi chủ, doi chu

## complaint

complaint-no-punish = Chủ không được phạt bạn vì báo cáo bị đối xử tệ, việc nguy hiểm, nhà ở tệ, hoặc vì giúp thanh tra. Nếu họ phạt, hãy báo cả việc đó. Việc đó tính là lạm dụng cho giấy phép mở.
complaint-tip = Ai cũng có thể gọi đường dây báo cáo của Service Canada. Bạn không cần cho biết tên. Service Canada không bao giờ nói cho chủ biết ai đã báo.
complaint-share = Họ không liên lạc bạn nếu bạn không đồng ý. Nhưng họ có thể chia sẻ tin báo với cơ quan khác của chính phủ, có thể cả di trú. Không có giấy tờ? Hãy nói với nhân viên hỗ trợ trước.
complaint-province = Saskatchewan và New Brunswick nhận khiếu nại không tên hoặc giữ kín. Alberta nhận tin báo không tên. Saskatchewan có thể xin phép chia sẻ khiếu nại với di trú liên bang: hãy suy nghĩ trước.
complaint-no-promise = Không ai hứa trước kết quả. Một người có thể giúp bạn quyết định.

## police

police-choice = Đây là lựa chọn của bạn. Sự giúp đỡ ở đây không bao giờ phụ thuộc vào việc báo cảnh sát.
police-status = Gặp luật sư trước. Nếu tình trạng cư trú chưa rõ, cảnh sát có thể gọi di trú. Luật sư di trú có thể giúp bạn quyết định.
police-helpline = Đường dây miễn phí (1-833-900-1010) giữ kín điều bạn nói. Họ chỉ báo cảnh sát nếu bạn đồng ý. Ngoại lệ: trẻ em có thể gặp nguy hiểm, ai đó đang gặp nguy hiểm, hoặc nghĩa vụ theo luật.

## privacy

privacy-kept = Chúng tôi không lưu số điện thoại của bạn ở dạng ai cũng đọc được. Chúng tôi không lưu tin nhắn, trừ khi bạn muốn gặp một người.
privacy-erase = Gửi XÓA bất cứ lúc nào. Việc này xóa mọi thứ Waypoint lưu về bạn.
privacy-phone = Điện thoại của bạn có bản sao riêng của cuộc trò chuyện này. Hãy xóa cả ở đó.
privacy-provider = Nhà mạng điện thoại hoặc WhatsApp có thể lưu hồ sơ riêng. Chúng tôi không xóa được những thứ đó.
privacy-next = Bạn muốn làm gì tiếp?
privacy-erase-now = Xóa ngay
    .synonyms = xóa, xoa, xóa ngay, xoa ngay

## talk-to-person

person-what-they-see = Một nhân viên hỗ trợ được đào tạo sẽ trả lời, không phải cảnh sát hay di trú. Họ thấy tên mã, ngôn ngữ, chủ đề và cuộc trò chuyện từ giờ. Không thấy số của bạn.
person-deleted = Chúng tôi xóa cuộc trò chuyện khi hồ sơ đóng, thường 30 ngày sau.
person-child = Nếu một trẻ em có thể đang gặp nguy hiểm, nhân viên có thể phải báo cáo.
person-options = Bạn có thể xin phiên dịch viên. Bạn cũng có thể xin một nhân viên không thuộc cộng đồng của bạn.
person-confirm = Bạn có muốn nói chuyện với một người không?
person-requested = Cảm ơn bạn. Một người sẽ trả lời ở đây. Gửi XÓA bất cứ lúc nào.
person-after-hours = Nếu chưa có ai trả lời sớm, hãy gọi đường dây miễn phí, 24/7: 1-833-900-1010.
person-other-lines = Được. Bạn cũng có thể gọi đường dây miễn phí, 24/7: 1-833-900-1010. Cho người bản địa (Indigenous): Hope for Wellness, 24/7: 1-855-242-3310.

## emergency

emergency-now = Đang nguy hiểm? Gọi 911, miễn phí từ mọi điện thoại. Đường dây 24/7: 1-833-900-1010. Gửi XÓA để xóa cuộc trò chuyện.
emergency-offer = Bạn có muốn một người nhắn cho bạn ở đây không?
emergency-person = Có, gặp người
    .synonyms = có, co, người, nguoi
emergency-asked = Đường dây trợ giúp trả lời 24/7, có thông dịch viên cho hơn 200 ngôn ngữ. Đây không phải cảnh sát hay chính phủ. Chúng tôi không thể gọi cho ai thay bạn.
emergency-self = Bạn cũng có thể gọi hoặc nhắn tin đến 9-8-8, miễn phí, cả ngày lẫn đêm, nếu bạn đang nghĩ đến chuyện kết thúc cuộc sống (tiếng Anh hoặc tiếng Pháp).
check-danger = Bạn có đang gặp nguy hiểm ngay lúc này không?

## Help

help-commands = Các từ dùng được bất cứ lúc nào: MENU, QUAY LẠI, NGÔN NGỮ, NHÂN VIÊN, KHẨN CẤP, XÓA, NGỪNG.

## While a support worker has the conversation

handoff-claimed = Một nhân viên hỗ trợ đã ở đây. Từ giờ họ có thể đọc những gì bạn viết. Gửi XÓA bất cứ lúc nào.
handoff-closed = Nhân viên hỗ trợ đã đóng cuộc trò chuyện này. Bạn quay lại với trợ lý tự động. Gửi MENU để xem các lựa chọn.
handoff-cancelled = Được. Bạn đã rời hàng chờ. Sẽ không ai nhắn cho bạn.
handoff-waiting = Tin nhắn của bạn đã được lưu cho nhân viên hỗ trợ. Bạn vẫn đang trong hàng chờ. Gửi MENU để rời hàng chờ.

## Replies that wait for the person, the neutral notice, voice notes and photos, and no console

open-neutral = Cảm ơn bạn. Gửi MENU để xem các lựa chọn.
held-notice = Bạn có tin nhắn mới. Trả lời MỞ để đọc.
media-not-read = Tôi chỉ đọc được chữ. Tôi không mở được tin nhắn thoại, ảnh hay tệp. Hãy viết câu hỏi của bạn, hoặc gửi NHÂN VIÊN để nói chuyện với một người.
media-handoff = Nhân viên hỗ trợ của bạn chỉ đọc được chữ. Chúng tôi đã báo họ rằng bạn gửi tin nhắn thoại, ảnh hoặc tệp. Hãy viết tin nhắn, hoặc gọi đường dây miễn phí, 24/7: 1-833-900-1010.
person-none = Hiện không ai có thể trả lời trong cuộc trò chuyện này. Chúng tôi không thể chuyển bạn cho một người ở đây. Bạn có thể gọi đường dây miễn phí này để nói chuyện với một người.
person-notice = Nếu nhân viên hỗ trợ trả lời sau khi bạn ngừng nhắn, chúng tôi có thể gửi cho bạn một tin nhắn ngắn không? Tin đó chỉ nói là có tin nhắn đang chờ.
person-reply-held = Nếu bạn ngừng nhắn, câu trả lời của họ sẽ chờ ở đây. Bạn sẽ nhận được khi nhắn lại cho chúng tôi.
person-reply-notice = Nếu bạn ngừng nhắn, câu trả lời của họ sẽ chờ ở đây. Chúng tôi sẽ gửi một tin nhắn ngắn để báo là đang có tin chờ.
emergency-what-they-see = Một nhân viên hỗ trợ được đào tạo sẽ trả lời, không phải cảnh sát. Họ thấy một tên mã, ngôn ngữ của bạn và cuộc trò chuyện này. Không thấy số của bạn.

## Handoff queue

handoff-queue-1 = Bạn là người tiếp theo. Một nhân viên hỗ trợ sẽ nhắn cho bạn ở đây.
handoff-queue-2 = Bạn là người thứ 2 trong hàng chờ. Một nhân viên hỗ trợ sẽ nhắn cho bạn ở đây.
handoff-queue-3 = Bạn là người thứ 3 trong hàng chờ. Một nhân viên hỗ trợ sẽ nhắn cho bạn ở đây.
handoff-queue-4 = Bạn là người thứ 4 trong hàng chờ. Một nhân viên hỗ trợ sẽ nhắn cho bạn ở đây.
handoff-queue-5 = Bạn là người thứ 5 trong hàng chờ. Một nhân viên hỗ trợ sẽ nhắn cho bạn ở đây.
handoff-queue-more = Có hơn 5 người đang chờ trước bạn. Có thể phải đợi một lúc. Một nhân viên hỗ trợ sẽ nhắn cho bạn ở đây.
handoff-after-hours-today = Hiện không có nhân viên hỗ trợ làm việc. Sẽ có người trả lời trong hôm nay. Nguy hiểm? Gọi 911. Đường dây miễn phí 24/7: 1-833-900-1010.
handoff-after-hours-tomorrow = Hiện không có nhân viên hỗ trợ làm việc. Sẽ có người trả lời ngày mai. Nguy hiểm? Gọi 911. Đường dây miễn phí 24/7: 1-833-900-1010.
handoff-after-hours-later = Hiện không có nhân viên hỗ trợ làm việc. Sẽ có người trả lời trong vài ngày. Nguy hiểm? Gọi 911. Đường dây miễn phí 24/7: 1-833-900-1010.
handoff-staff-reply = Tin nhắn từ nhân viên hỗ trợ của bạn.
language-offer = Bạn muốn đọc bằng tiếng Việt? Gửi NGÔN NGỮ để đổi.

## New topics: a partner and status, a young person's health care, reporting a crime, debts in your name

job-end = Nếu giấy phép chỉ cho một chủ, bạn không được làm cho chủ khác khi chưa có giấy phép mới. Lao động nông nghiệp theo mùa có thể bị cho về nước sớm.
health-card = Hãy xin thẻ y tế của tỉnh ngay khi đến. Có tỉnh bắt chờ, tối đa 3 tháng. Trong lúc đó, bảo hiểm của chủ chi trả cho bạn (chương trình lao động nước ngoài).
health-card-plan =
    { $province ->
        [bc] British Columbia: chương trình y tế là MSP (Medical Services Plan).
        [ab] Alberta: chương trình y tế là AHCIP (Alberta Health Care Insurance Plan).
        [sk] Saskatchewan: thẻ do eHealth Saskatchewan cấp.
        [mb] Manitoba: thẻ do Manitoba Health cấp.
        [on] Ontario: chương trình y tế là OHIP. Nộp đơn ở ServiceOntario.
        [qc] Quebec: chương trình y tế là RAMQ.
        [nb] New Brunswick: chương trình y tế là Medicare.
        [ns] Nova Scotia: chương trình y tế là MSI.
        [pe] Prince Edward Island: thẻ do Health PEI cấp.
        [nl] Newfoundland and Labrador: chương trình y tế là MCP.
        [yt] Yukon: chương trình y tế là Yukon Health Care Insurance Plan.
        [nt] Northwest Territories: chương trình y tế là NWT Health Care Plan.
        [nu] Nunavut: chương trình y tế là Nunavut Health Care Plan.
       *[other] Mỗi tỉnh có chương trình y tế riêng. Một người có thể giúp bạn tìm.
    }
choice-more = Thêm thông tin
    .synonyms = thêm, them, thêm thông tin
topic-family-violence = Bạn đời bạo hành
    .synonyms = bạn đời, chồng, vợ, người bảo lãnh
topic-youth-health = Y tế cho người trẻ
    .synonyms = người trẻ, thanh niên, phòng khám, tránh thai
topic-report-crime = Báo cáo tội phạm
    .synonyms = tội phạm, bị tấn công, báo cảnh sát
topic-coerced-debt = Nợ đứng tên bạn
    .synonyms = tên tôi, khoản vay, tín dụng, lừa đảo, tài khoản
fv-what = Nếu việc ở lại Canada phụ thuộc vào bạn đời đang làm hại bạn, có sự giúp đỡ. Bạo hành có thể là đánh đập, tình dục, đe dọa, kiểm soát hoặc lấy tiền.
fv-trp = IRCC có TRP đặc biệt (giấy cho ở một thời gian) cho người ở Canada không có giấy tờ, có thường trú phụ thuộc vào người bạn đời đó. Lần đầu miễn phí.
fv-more = Có chăm sóc y tế và bạn có thể xin giấy phép lao động mở hoặc du học. Con bạn ở Canada có thể cũng được. Viên chức quyết định. Hãy gặp phòng tư vấn pháp lý trước.
fv-other = Đây không phải TRP cho người bị ép làm việc hay bán dâm. Một người có thể giúp bạn xem loại nào hợp.
youth-care = Bạn có thể được khám sức khỏe tình dục, xét nghiệm hoặc tránh thai. Có phòng khám nhận người trẻ không cần cha mẹ và không cần thẻ y tế. Gọi 211 để tìm.
youth-report = Nếu bạn nói với nhân viên hỗ trợ: khi một người trẻ có thể gặp nguy hiểm, họ có thể phải báo cáo. Quy định khác nhau ở mỗi tỉnh.
youth-private = Hỏi phòng khám điều gì được giữ kín. Kids Help Phone miễn phí và kín đáo, 24/7: gọi 1-800-668-6868 hoặc nhắn CONNECT đến 686868.
crime-choice = Nếu ai đó tấn công hoặc làm hại bạn, báo cảnh sát hay không là do bạn. Sự giúp đỡ ở đây không phụ thuộc vào việc đó. Đang nguy hiểm? Gọi 911.
crime-status = Nếu không có giấy tờ, cảnh sát có thể chuyển thông tin cho di trú. Vài thành phố nói cảnh sát không hỏi giấy tờ, nhưng mỗi nơi khác nhau. Hãy gặp phòng tư vấn pháp lý trước.
crime-centre = Trung tâm hỗ trợ nạn tấn công tình dục có thể giúp, kể cả khi bạn không báo cảnh sát. Gọi 211 để tìm, hoặc đường dây miễn phí 24/7: 1-833-900-1010.
debt-what = Có ai đứng tên bạn một khoản vay, khoản nợ, gói điện thoại hay tài khoản ngân hàng mà bạn không tự nguyện? Không phải lỗi của bạn. Có thể là lừa đảo, và có cách xử lý.
debt-steps = Hỏi Equifax (1-800-465-7166) và TransUnion (1-800-663-9980) xin hồ sơ tín dụng và cảnh báo lừa đảo. Có thể báo cảnh sát và Canadian Anti-Fraud Centre: 1-888-495-8501.
debt-help = Phòng tư vấn pháp lý có thể giúp về khoản nợ, trước khi bạn trả gì. Báo cảnh sát hay không là do bạn. Chúng tôi không hứa khoản nợ sẽ mất.

## First contact, small talk, and the words of the channels themselves
## Prompts say nothing about numbers: channels that show choices as numbered lines (SMS, the
## linked WhatsApp device, the terminal) add choose-number themselves; buttons need no words.

# Added by channels that show choices as numbered lines (SMS, the linked WhatsApp device).
# @status draft
choose-number = Gửi một số.
# First contact in a language told from the first message: how to change it. LANGUAGE works in every language.
# @status draft
language-change = Để đổi ngôn ngữ, gửi NGÔN NGỮ (hoặc LANGUAGE).
# Small talk where a choice was expected: a short kind word, then the same choices again.
# @status draft
ack-thanks = Không có gì.
ack-hello = Xin chào bạn.
ack-ok = Vâng.
# Someone coming back ("it's me again", "sorry"): no questions, no judgement.
# @status draft
welcome-back = Chào mừng bạn quay lại. Đây là danh mục. Bạn cũng có thể nói chuyện với một người.
# Before the menu, when a message asks for something Waypoint does not do.
# @status draft
menu-scope = Chúng tôi có thể giúp về các chủ đề này.
# The button that opens a WhatsApp list. 20 characters at most.
# @status draft
whatsapp-list-button = Lựa chọn
# The web chat page's own words (buttons, labels, notices).
# @status draft
web-quick-exit = Thoát nhanh
web-quick-exit-hint = hoặc bấm Esc hai lần
web-exit-notice = Thoát nhanh sẽ xóa cuộc trò chuyện này khỏi Waypoint và mở trang thời tiết. Lịch sử trình duyệt vẫn có thể cho thấy lần truy cập này. Cửa sổ ẩn danh để lại ít dấu vết hơn.
web-exit-notice-link = Cách xóa dấu vết khi lên mạng (Tech Safety Canada)
web-choose-language = Chọn ngôn ngữ
web-or-write = Hoặc viết tin nhắn bằng bất kỳ ngôn ngữ nào.
web-chat-log = Cuộc trò chuyện
web-message-label = Tin nhắn của bạn
web-placeholder = Viết ở đây
web-send = Gửi
web-language = Ngôn ngữ
web-menu = Danh mục
web-you = Bạn
web-error-retry = Tin nhắn chưa gửi được. Vui lòng thử lại.
web-error-busy = Quá nhiều tin nhắn cùng lúc. Vui lòng chờ một phút rồi thử lại.
web-noscript = Trang trò chuyện này cần JavaScript.

## Passing the chat to another support worker, with the person's consent (src/engine/handoff.ts)

# The question: who the new worker is (by what they can do, never a name), that they will read the chat, then yes/no.
# @status draft
transfer-ask-language = Nhân viên hỗ trợ của bạn nghĩ rằng một người khác có thể giúp bạn tốt hơn: một nhân viên hỗ trợ nói ngôn ngữ của bạn. Họ sẽ đọc những gì bạn đã viết ở đây, nên bạn không phải kể lại câu chuyện của mình. Chúng tôi có thể chuyển cuộc trò chuyện của bạn cho họ không?
transfer-ask-shelter = Nhân viên hỗ trợ của bạn nghĩ rằng một người khác có thể giúp bạn tốt hơn: một nhân viên hỗ trợ có thể giúp bạn tìm chỗ ở an toàn. Họ sẽ đọc những gì bạn đã viết ở đây, nên bạn không phải kể lại câu chuyện của mình. Chúng tôi có thể chuyển cuộc trò chuyện của bạn cho họ không?
transfer-ask-legal = Nhân viên hỗ trợ của bạn nghĩ rằng một người khác có thể giúp bạn tốt hơn: một nhân viên hỗ trợ tại phòng tư vấn pháp lý miễn phí. Họ sẽ đọc những gì bạn đã viết ở đây, nên bạn không phải kể lại câu chuyện của mình. Chúng tôi có thể chuyển cuộc trò chuyện của bạn cho họ không?
transfer-ask-health = Nhân viên hỗ trợ của bạn nghĩ rằng một người khác có thể giúp bạn tốt hơn: một nhân viên hỗ trợ có thể giúp về chăm sóc sức khỏe. Họ sẽ đọc những gì bạn đã viết ở đây, nên bạn không phải kể lại câu chuyện của mình. Chúng tôi có thể chuyển cuộc trò chuyện của bạn cho họ không?
transfer-ask-other = Nhân viên hỗ trợ của bạn nghĩ rằng một nhân viên hỗ trợ khác có thể giúp bạn tốt hơn. Họ sẽ đọc những gì bạn đã viết ở đây, nên bạn không phải kể lại câu chuyện của mình. Chúng tôi có thể chuyển cuộc trò chuyện của bạn cho họ không?
transfer-yes = Cảm ơn bạn. Cuộc trò chuyện đã được chuyển. Nhân viên hỗ trợ mới sẽ viết cho bạn ở đây.
transfer-no = Được. Không có gì thay đổi. Bạn vẫn ở với nhân viên hỗ trợ của mình.
