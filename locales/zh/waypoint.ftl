### Waypoint — 中文（简体）. Draft: not yet checked by a qualified translator.
### @status draft
### Notes for reviewers: polite "您" throughout; command words in straight quotes; synonyms also
### carry pinyin and common traditional characters; office names keep their English name once.


## Global commands

cmd-menu = 菜单
    .synonyms = 主菜单, 选项, 目录, caidan, 菜單, 主菜單, 選項
cmd-back = 返回
    .synonyms = 后退, 上一步, 回去, fanhui, 後退
cmd-language = 语言
    .synonyms = 换语言, 更改语言, 切换语言, yuyan, 語言, 換語言, 更改語言
cmd-human = 人工
    .synonyms = 真人, 转人工, 人工服务, 找人, 和人说话, rengong, 轉人工, 人工服務, 和人說話
cmd-erase = 删除
    .synonyms = 全部删除, 删除全部, 清除, 删掉, shanchu, 刪除, 全部刪除, 刪掉
cmd-stop = 停止
    .synonyms = 退订, 取消订阅, 取消, 结束, 不要再发, tingzhi, 退訂, 結束
cmd-start = 开始
    .synonyms = 继续, 恢复, 重新开始, kaishi, 開始, 繼續, 恢復
cmd-help = 帮助
    .synonyms = 说明, 指令, 命令, bangzhu, 幫助, 說明
cmd-emergency = 紧急
    .synonyms = 紧急情况, 危险, 有危险, 我有危险, 救命, 救我, 救救我, 帮帮我, 快帮我, 求救, 打911, 911, sos, jinji, jiuming, 緊急, 緊急情況, 危險, 我有危險, 幫幫我, 快幫我
cmd-open = 打开
    .synonyms = 打开消息, 查看, 阅读, 看消息

## Engine messages

draft-notice = 本文尚未经过翻译人员审核。
erased = 好了。我们已删除这次聊天中保存的内容。也请在您的手机上删除这段聊天。
stopped = 好的。我们不会再给您发消息。以后想聊，请发送"开始"。
recovered = 抱歉，我们找不到刚才的位置了。这是菜单。
input-refused = 抱歉，我们无法读取这条消息。请再试一次。
input-trimmed = 您的消息太长了。我们只读了第一部分。
back-unavailable = 没有可以返回的内容。
too-many-misses = 抱歉，我们没有理解。这是菜单。发送"人工"可以和真人交谈。
retry = 抱歉，我们没有看懂。请从下面选一项。

## First contact

welcome-hello = 您好，这里是Waypoint。回复"菜单"查看选项。
language-prompt = 语言？
language-en = English
    .synonyms = 英语, 英文, 英語, yingyu, yingwen
language-fr = Français
    .synonyms = 法语, 法文, 法語, fayu
language-es = Español
    .synonyms = 西班牙语, 西班牙文, 西班牙語, xibanyayu
language-tl = Tagalog
    .synonyms = 他加禄语, 菲律宾语, 他加祿語, 菲律賓語
language-pa = ਪੰਜਾਬੀ
    .synonyms = 旁遮普语, 旁遮普語
language-hi = हिन्दी
    .synonyms = 印地语, 印地語
language-vi = Tiếng Việt
    .synonyms = 越南语, 越南文, 越南語
language-zh = 中文（简体）
    .synonyms = 中文, 汉语, 普通话, 华语, 简体, 简体中文, 中文简体, 國語, 漢語, 普通話, 華語, 簡體, zhongwen, putonghua
language-ar = العربية
    .synonyms = 阿拉伯语, 阿拉伯文, 阿拉伯語
language-uk = Українська
    .synonyms = 乌克兰语, 烏克蘭語
language-th = ไทย
    .synonyms = 泰语, 泰文, 泰語
language-ne = नेपाली
    .synonyms = 尼泊尔语, 尼泊爾語
language-pt = Português
    .synonyms = 葡萄牙语, 葡萄牙語
language-ht = Kreyòl ayisyen
    .synonyms = 海地克里奥尔语, 克里奥尔语, 海地克里奧爾語
safety-prompt = 现在聊天安全吗？会有别人看到这部手机吗？
safety-yes = 是的，安全
    .synonyms = 是, 是的, 安全, 好, 可以, 对, ok, shi
safety-not-now = 现在不行
    .synonyms = 不, 不行, 以后, 等会, 稍后, 现在不方便, 以後, 稍後
safety-watched = 有人能看到
    .synonyms = 有人, 有人看, 有人看着, 被监视, 有人看著, 被監視
safety-bye = 好的，再见。随时可以发消息。
safety-watched-advice = 随时发送"删除"，就能删掉我们保存的内容。也请在手机上删除这段聊天。您还可以把这个号码存成别的名字。
codeword-offer = 您可以设一个秘密暗号。如果有回复在等您，只有您发送暗号后我们才会显示。
codeword-set = 设置暗号
    .synonyms = 暗号, 设置, 设暗号, 設置, 暗號
codeword-no = 不用了，谢谢
    .synonyms = 不, 不用, 不用了, 跳过, 跳過, 不用了謝謝
codeword-prompt = 请输入您的暗号：3到30个字或数字，不要用表情符号。不要用您的名字。
codeword-retry = 这个暗号不能用。请用3到30个字或数字，不要用表情符号。或者发送"菜单"跳过。
codeword-saved = 谢谢。您的暗号会一直保存，直到您发送"删除"。
welcome-kept = 我们不保存可读的电话号码，也不保存消息，除非您要求和真人交谈。随时发送"删除"，就能删掉我们保存的内容。

## Main menu

menu-prompt = 您想了解什么？
menu-work = 工作和工资
    .synonyms = 工作, 工资, 薪水, 钱, 工資, 錢, gongzi, gongzuo
menu-papers = 证件和许可
    .synonyms = 证件, 文件, 许可, 工签, 护照, 签证, 身份, 證件, 許可, 工簽, 護照, 簽證, huzhao
menu-safety = 安全和帮助
    .synonyms = 安全, 暴力, 威胁, 投诉, 威脅, 投訴
menu-person = 和真人交谈
    .synonyms = 真人, 人工, 交谈, 交談
menu-privacy = 您的隐私
    .synonyms = 隐私, 隱私
menu-language = 更改语言
group-prompt = 请选择一个话题。

## Topic names

topic-wages = 工资和扣钱
    .synonyms = 工资, 薪水, 扣钱, 扣工资, 没发工资, 不发工资, 支票, 钱, 工資, 扣錢, 扣工資, 沒發工資, gongzi
topic-hours = 工时和休息日
    .synonyms = 工时, 加班, 休息, 休息日, 放假, 工時, jiaban
topic-fees-debt = 中介费和债务
    .synonyms = 中介费, 费用, 债, 欠债, 欠钱, 中介, 借款, 贷款, 中介費, 債務, 欠債, 欠錢
topic-housing = 住房
    .synonyms = 住, 房子, 房间, 宿舍, 床, 睡觉, 房間, 睡覺
topic-health-safety = 受伤和健康
    .synonyms = 受伤, 伤, 生病, 病, 医生, 健康, 安全, 工伤, 受傷, 醫生, 工傷
topic-documents = 护照和证件
    .synonyms = 护照, 证件, 身份证, 文件, 護照, 證件, 身份證
topic-change-employer = 换雇主
    .synonyms = 换工作, 新工作, 辞职, 换老板, 开放工签, 換工作, 辭職, 換雇主, 開放工簽
topic-status = 您的许可和身份
    .synonyms = 身份, 许可, 签证, 工签, 簽證, 許可, 工簽
topic-trp = 特别许可（TRP）
    .synonyms = trp, 特别许可, 临时居留许可, 特別許可, 臨時居留許可
topic-emergency = 现在有危险
topic-abuse-threats = 威胁或暴力
    .synonyms = 威胁, 暴力, 打人, 被打, 虐待, 骚扰, 威脅, 騷擾
topic-complaint = 投诉
    .synonyms = 举报, 投訴, 舉報, tousu
topic-police = 去找警察
    .synonyms = 警察, 报警, 報警
topic-trafficking = 什么是人口贩运
    .synonyms = 人口贩运, 贩卖人口, 人口販運, 販賣人口
topic-talk-to-person = 和真人交谈
topic-privacy = 您的隐私

## Shared choices and questions

choice-yes = 是
    .synonyms = y, 是的, 要, 好, 好的, 可以, 对, 對, ok, yes
choice-no = 否
    .synonyms = n, 不, 不要, 不用, 不是, 现在不, no
choice-menu = 菜单
    .synonyms = 主菜单, 菜單
choice-who-helps = 谁能帮忙
    .synonyms = 谁, 谁能帮, 联系方式, 电话, 号码, 誰, 聯繫方式, 電話, 號碼
choice-person = 和真人交谈
    .synonyms = 真人, 人工, 交谈, 交談
topic-next = 现在什么对您有帮助？
after-help = 您想和真人交谈吗？
suggest-prompt = 您的问题是关于下面某一项吗？

## Who can help: national lines

ref-tip-line = 举报工作中的问题：1-866-602-9448，这是Service Canada的临时外籍劳工举报热线。不需要留姓名。工作日有人接听，其他时间可以留言。
ref-hotline = 免费求助热线24/7：1-833-900-1010，是加拿大人口贩运热线（Canadian Human Trafficking Hotline）。它是慈善机构，不是警察也不是政府，有200多种语言的翻译。
ref-911 = 如果您现在有危险，请拨打911。任何电话都可以免费拨打。
ref-ircc = 对许可或档案有疑问？请拨打联邦移民部门IRCC：1-888-242-2100（客户支援中心）。
legal-aid = 法律援助（免费法律帮助）由各省负责。很多法律援助计划不包括临时居民。工作人员可以帮您找法律诊所。

## Province

province-prompt = 您在哪个省或地区工作？这样我们能告诉您正确的办公室。可以跳过。
province-west = 西部或北部
    .synonyms = 西部, 北部, 草原省, west, north, prairies, bc, alberta, saskatchewan, manitoba, yukon, nwt, nunavut, bc省, 卑诗, 阿尔伯塔, 萨省, 曼省, 育空, 努纳武特
province-east = 安大略和东部
    .synonyms = 东部, 東部, 安省, 安大略, 魁北克, 魁省, 大西洋省份, east, ontario, quebec, atlantic, maritimes
province-none = 不想说
    .synonyms = 跳过, 不, 不说, 跳過, 不想說, skip, no
province-pick = 哪一个？
province-bc = 不列颠哥伦比亚省
    .synonyms = bc, b.c, british columbia, bc省, 卑诗省, 卑诗, 不列颠哥伦比亚, 卑詩省, 不列顛哥倫比亞省
province-ab = 阿尔伯塔省
    .synonyms = ab, alberta, 阿省, 阿尔伯塔, 亚伯达, 亞伯達省, 阿爾伯塔
province-sk = 萨斯喀彻温省
    .synonyms = sk, sask, saskatchewan, 萨省, 沙省, 萨斯喀彻温, 薩斯喀徹溫省
province-mb = 曼尼托巴省
    .synonyms = mb, manitoba, 曼省, 曼尼托巴, 緬尼托巴省
province-yt = 育空地区
    .synonyms = yt, yukon, 育空, 育空地區
province-nt = 西北地区
    .synonyms = nt, nwt, northwest territories, 西北, 西北地區
province-nu = 努纳武特地区
    .synonyms = nu, nunavut, 努纳武特, 努納武特
province-on = 安大略省
    .synonyms = on, ont, ontario, 安省, 安大略
province-qc = 魁北克省
    .synonyms = qc, quebec, québec, 魁省, 魁北克
province-nb = 新不伦瑞克省
    .synonyms = nb, new brunswick, 新不伦瑞克, 新不倫瑞克省, 紐賓士域
province-ns = 新斯科舍省
    .synonyms = ns, nova scotia, 新斯科舍, 新斯科細亞, 諾華斯高沙
province-pe = 爱德华王子岛省
    .synonyms = pe, pei, prince edward island, 爱德华王子岛, 愛德華王子島
province-nl = 纽芬兰与拉布拉多省
    .synonyms = nl, newfoundland, labrador, newfoundland and labrador, 纽芬兰, 拉布拉多, 紐芬蘭

## Employment standards offices

es-office-bc = 不列颠哥伦比亚省：请致电1-833-236-3700。这是就业标准处（Employment Standards Branch），有口译员。网站：www2.gov.bc.ca
es-office-ab = 艾伯塔省：请拨打1-877-427-3731，这是就业标准办公室（Employment Standards）。网站：alberta.ca
es-office-sk = 萨斯喀彻温省：请致电1-800-667-1783。这是就业标准办公室（Employment Standards）。网站：www.saskatchewan.ca/business/employment-standards
es-office-mb = 曼尼托巴省：请拨打1-800-821-4307，这是就业标准处（Employment Standards Branch）。网站：gov.mb.ca
es-office-yt = 育空地区：请致电867-667-5944，或免费拨打1-800-661-0408转5944。这是就业标准办公室（Employment Standards Office）。网站：yukon.ca
es-office-nt = 西北地区：请致电1-888-700-5707。这是就业标准办公室（Employment Standards Office）。网站：www.ece.gov.nt.ca/en/services/employment-standards
es-office-nu = 努纳武特地区：请致电1-877-806-8402或867-975-6322。这是劳工标准合规办公室（Labour Standards Compliance Office）。网站：nu-lsco.ca
es-office-on = 安大略省：请拨打1-800-531-5551，这是就业标准信息中心（Employment Standards Information Centre），有多种语言服务。网站：ontario.ca/employmentrights
es-office-qc = 魁北克省：请致电1-844-838-0808。这是CNESST，负责劳动标准。网站：www.cnesst.gouv.qc.ca
es-office-nb = 新不伦瑞克省：请致电1-888-452-2687。这是就业标准处（Employment Standards Branch）。网站：www.gnb.ca。它不管在私人住宅里为房主做的工作。
es-office-ns = 新斯科舍省：请致电1-888-315-0110或902-424-4311。这是劳工标准处（Labour Standards Division）。网站：novascotia.ca/lae/employmentrights
es-office-pe = 爱德华王子岛省：请致电1-800-333-4362或902-368-5550。这是就业标准处（Employment Standards Branch）。网站：www.princeedwardisland.ca
es-office-nl = 纽芬兰与拉布拉多省：请在www.gov.nl.ca/aesl/labour/nonunion上找电话号码。那是劳工标准处（Labour Standards Division）。
es-office-none = 每个省和地区都有自己的工资和工时办公室。联邦管理的工作（跨省货运、银行、航空）归联邦劳工项目（Labour Program）管。工作人员可以帮您找，不需要知道您在哪里。

## Workers' compensation

wcb-what = 每个省和地区都有自己的工伤赔偿（workers' compensation）。如果工作让您受伤，它会提供钱和治疗。
wcb-bc = 在BC省，重要的是您在哪里受的伤，而不是您来自哪个国家。即使雇主从未登记，也是这样。
wcb-other = 请询问您所在省或地区的工伤赔偿局。工作人员可以帮您。

## wages

wages-agreement = 工资必须符合您和雇主签的工作合同。不管合同怎么写，您所在省的工资规定仍然适用。
wages-no-fees = 雇主或替雇主招工的中介，不能向您收取工作费用。雇主也不能从工资里扣他必须购买的医疗保险费。
wages-claim = 要讨回欠薪，可以向您所在省的就业标准办公室申诉。联邦管理的工作（跨省货运、银行、航空）请找联邦劳工项目（Labour Program）。
wages-deadline = 申诉有期限，每个省不同：新斯科舍省是6个月，萨斯喀彻温省是12个月。请尽早询问。没有人能保证您一定能拿回钱。

## hours

hours-overtime = 雇主不能强迫您做合同以外的加班。不管合同怎么写，省里的工时上限和加班费规定都适用。
hours-sick = 雇主不能在您生病或受伤时强迫您工作。
hours-province = 每个省对工时、休息日和加班费都有自己的规定。您所在省的就业标准办公室可以告诉您这些规则。
hours-farm-home = 农场工作或在私人住宅里工作的规定可能不同。请向办公室或工作人员确认。

## fees-debt

fees-ban = 自2022年9月26日起，临时外籍劳工项目的雇主不能向您收取雇用费，通过中介收取也不行。雇主要为其中介负责。
fees-province = 各省也有规定。在安大略省，中介不能向您收取任何费用。曼尼托巴、卑诗和萨斯喀彻温有关于求职费的法律。其他省份也管理中介。
fees-debt-rights = 欠债不代表任何人有权扣留您的证件，也不代表任何人有权阻止您离开。
fees-not-fault = 付了钱不是您的错。我们无法保证您能拿回这笔钱。

## documents

docs-passport = 雇主不能拿走您的护照或工作许可。如果雇主扣着您的证件，您可以举报。
docs-help = 工作人员可以帮您拿回证件或办新证件。如果您觉得安全，您国家的领事馆（它在加拿大的办公室）也可能帮忙。
docs-no-numbers = 我们永远不会问您的护照号码或许可号码。

## housing

housing-report = 雇主不可以因为您举报住房问题而惩罚您。如果发生，您也可以举报。
housing-locked = 如果有人不让您离开住处或工作地点，您可以举报。这也算申请弱势工人开放工作许可的虐待情形。
housing-rules = 住房规定取决于您的工作项目和所在省。工作人员可以帮您查清楚。
housing-tonight = 今晚没有安全的地方睡觉？请拨打211找床位和其他帮助。或拨打免费求助热线，24/7：1-833-900-1010。

## health-safety

health-doctor = 看医生不需要任何人批准。如果您在工作中受伤或生病，雇主必须真正尽力帮您得到治疗。
health-insurance = 在外籍劳工项目中，雇主必须为您购买紧急医疗保险，直到省医保覆盖您为止，不能从工资里扣。
health-status = 工作许可有效期间，即使您不能工作，身份也保持不变。雇主不能把您驱逐出境。但雇主可以结束您的工作。

## change-employer

change-closed = 封闭式工作许可只允许您为许可上写的雇主工作。要换工作，您需要新的许可。
change-owp = 有一种给弱势劳工的开放工作许可。如果您在工作中受到虐待，或有受虐待的风险，可以申请。您必须在加拿大，持有有效的封闭式工作许可，或已按时申请续签。
abuse-kinds = 虐待可以是伤害身体或性伤害，威胁或控制，拿走您的钱，或因您举报问题、协助检查而惩罚您。这些都算。
change-how = 这个许可不收费，在网上申请。请附上一封信，说明发生了什么，再附上任何证明，比如支持团体或医生的信。和您一起在加拿大的家人也可以申请。
change-decides = 过去做过许可不允许的工作，不会妨碍您申请这个许可。由官员决定。申请前请先咨询法律诊所。

## status

status-no-ask = 您不需要告诉我们您的身份。我们永远不会问。
status-paper = 您的许可文件上写着到期日和条件（您必须遵守的规定）。封闭式许可还写着您的雇主。
status-rights = 和其他人一样，您在工作中有权利。临时劳工也一样。
status-paths = 留在加拿大有不同途径：TRP（让您停留一段时间的文件）、开放工作许可、难民申请或人道申请。哪种合适取决于您的情况。
status-lawyer = 现在有危险？请拨打911。如果没有，请先找法律诊所或移民律师，再决定是否去警察局。

## trp

trp-what = TRP（临时居留许可）是让您在加拿大停留一段时间的文件。有一种特别的TRP，给没有身份的人。它是给被人控制、被利用去工作或从事性活动的人。
trp-health = 它让您通过临时联邦医疗计划获得医疗。您也可以申请开放工作许可或学习许可，免费。
trp-length = 自2025年2月4日起，它通常至少有效12个月。它本身、工作或学习许可，以及指纹和照片，都不收费。之后可能还会有新的TRP。
trp-testify = 官方规定：您不必出庭作证（当证人）就能得到它。但支持工作者说，没有警方的案子可能很难拿到。实际情况各不相同。
trp-apply = 您可以自己申请。支持团体或警察也可以为您转介。官员可能会和您面谈，由官员决定。请先咨询法律诊所或律师。

## trafficking

traf-what = 如果有人控制一个人，靠这个人的劳动或性来赚钱，法律把这叫做人口贩运。他们可能用暴力、威胁、谎言、债务，或拿走这个人的证件。
traf-border = 不一定要跨越国境。人们可以合法来到加拿大，但这仍可能发生。如果"同意"是靠暴力或谎言得来的，就不算数。
traf-no-label = 要得到帮助，不需要任何标签。工资不公平或受到虐待，都值得帮助，即使那不算人口贩运。

## abuse-threats

abuse-deport = 雇主不能把您驱逐出境，也不能改变您的身份。如果他这样威胁，您可以举报。但雇主可以结束您的工作。
abuse-family = 如果有人威胁您在老家的家人，工作人员可以帮您做计划。我们无法保证他们的安全。
choice-new-permit = 新工作许可
    .synonyms = 新许可, 许可, 开放工签, 开放许可, 换雇主, 新許可, 開放工簽

## complaint

complaint-no-punish = 雇主不可以因为您举报虐待、危险工作或住房问题，或协助检查而惩罚您。如果发生，也可以举报。这也算申请开放工作许可的虐待情形。
complaint-tip = 任何人都可以使用TFW举报热线。您不需要留姓名。Service Canada从不告诉雇主是谁举报的。
complaint-share = 没有您的同意，他们不会联系您。但他们可能把举报内容告诉其他政府部门，可能包括移民部门。没有身份？请先和支援人员谈谈。
complaint-province = 萨斯喀彻温和新不伦瑞克接受匿名或保密投诉。艾伯塔接受匿名举报。萨斯喀彻温可能会问能否把投诉告诉联邦移民部门：请先考虑清楚。
complaint-no-promise = 没有人能保证结果。工作人员可以帮您做决定。

## police

police-choice = 这是您的选择。在这里得到帮助，从来不取决于您是否报警。
police-status = 先找律师。如果您的身份不明确，警察可能会联系移民部门。移民律师可以帮您做决定。
police-helpline = 免费求助热线（1-833-900-1010）会为您说的话保密。只有您同意，它才会告诉警察。例外情况：有孩子处于危险、有人有危险，或法律规定必须报告。

## privacy

privacy-kept = 我们不会以任何人能读懂的方式保存您的电话号码。除非您要求和真人交谈，我们不保存您的消息。
privacy-erase = 随时发送"删除"。这会删掉Waypoint保存的关于您的一切。
privacy-phone = 您的手机会保存这段聊天的副本。也请在手机上删除它。
privacy-provider = 您的电话公司或WhatsApp可能会保存他们自己的记录。我们无法删除这些记录。
privacy-next = 接下来做什么？
privacy-erase-now = 现在删除
    .synonyms = 删除, 清除, 刪除

## talk-to-person

person-what-they-see = 会有受过培训的支持工作者回复您。不是警察，也不是移民部门。他们能看到一个代号、您的语言、您选的话题，以及从现在开始的这段聊天。看不到您的号码。
person-deleted = 您的个案结束后，我们会删除聊天，通常在30天后。
person-child = 如果有孩子可能处于危险，工作人员可能必须报告。
person-options = 您可以要求口译员。也可以要求一位不是来自您自己群体的工作人员。
person-confirm = 您想和真人交谈吗？
person-requested = 谢谢。会有真人在这里回复您。随时可以发送"删除"。
person-after-hours = 如果一直没人回复，请拨打免费求助热线，24/7：1-833-900-1010。
person-other-lines = 好的。您也可以拨打免费求助热线，24/7：1-833-900-1010。原住民可拨打Hope for Wellness，24/7：1-855-242-3310。

## emergency

emergency-now = 如果您现在有危险，请拨打911，任何电话都能免费拨打。求助热线24/7：1-833-900-1010。发送"删除"可删除这段聊天。
emergency-offer = 您想让真人在这里给您发消息吗？
emergency-person = 好，要真人
    .synonyms = 是, 好, 要, 要真人
emergency-asked = 求助热线24/7接听，有200多种语言的口译员。它不是警察，也不是政府。我们不能替您给任何人打电话。
emergency-self = 您也可以随时免费拨打或发短信到9-8-8（英语或法语），如果您有结束自己生命的念头。
check-danger = 你现在有危险吗？

## Help

help-commands = 随时可用的词：菜单、返回、语言、人工、紧急、删除、停止。

## While a lead worker has the conversation

handoff-claimed = 支持工作者现在在这里。从现在起，他们能读到您写的内容。随时可以发送"删除"。
handoff-closed = 支持工作者已结束这段聊天。您回到了自动助手。发送"菜单"查看选项。
handoff-cancelled = 好的。您已离开排队。不会有人给您发消息。
handoff-waiting = 您的消息已为支持工作者保存。您仍在排队。发送"菜单"可离开排队。

## Replies that wait for the person, the neutral notice, voice notes and photos, and no console

open-neutral = 谢谢。发送"菜单"查看选项。
held-notice = 您有一条新消息。回复"打开"即可查看。
media-not-read = 我只能读文字，打不开语音、照片或文件。请写下您的问题，或发送"人工"与真人交谈。
media-handoff = 您的支持工作者只能读文字。我们已告诉他们您发了语音、照片或文件。请用文字写下您的消息，或拨打免费求助热线，24/7：1-833-900-1010。
person-none = 现在没有人能在这里回复您，我们无法在这里为您转接真人。您可以拨打这个免费求助热线，和真人交谈。
person-notice = 如果您停止发消息后支持工作者才回复，我们可以给您发一条简短消息吗？它只会说有一条消息在等您。
person-reply-held = 如果您停止发消息，他们的回复会在这里等您。您再给我们发消息时就会收到。
person-reply-notice = 如果您停止发消息，他们的回复会在这里等您。我们会发一条简短消息，告诉您有回复在等。
emergency-what-they-see = 会有受过培训的支持工作者回复，不是警察。他们能看到一个代号、您的语言和这段聊天。看不到您的号码。

## Handoff queue

handoff-queue-1 = 下一个就是您。支持工作者会在这里给您发消息。
handoff-queue-2 = 您排在第2位。支持工作者会在这里给您发消息。
handoff-queue-3 = 您排在第3位。支持工作者会在这里给您发消息。
handoff-queue-4 = 您排在第4位。支持工作者会在这里给您发消息。
handoff-queue-5 = 您排在第5位。支持工作者会在这里给您发消息。
handoff-queue-more = 您前面有超过5个人在排队。可能需要一些时间。支持工作者会在这里给您发消息。
handoff-after-hours-today = 现在没有支援人员上班。今天晚些时候会有人回复。有危险？请拨打911。免费求助热线24/7：1-833-900-1010。
handoff-after-hours-tomorrow = 现在没有支援人员上班。明天会有人回复。有危险？请拨打911。免费求助热线24/7：1-833-900-1010。
handoff-after-hours-later = 现在没有支援人员上班。几天内会有人回复。有危险？请拨打911。免费求助热线24/7：1-833-900-1010。
handoff-staff-reply = 来自您的支持工作者的消息。
language-offer = 您想用中文阅读吗？发送"语言"即可更换。

## New topics: a partner and status, a young person's health care, reporting a crime, debts in your name

job-end = 如果您的许可只限一个雇主，没有新许可就不能为别人工作。季节性农场工人可能会被提前送回国。
health-card = 到达后请尽快申请所在省的医疗卡。有些省要等，最多3个月。在此期间，雇主的保险为您承保（外籍劳工项目）。
health-card-plan =
    { $province ->
        [bc] 卑诗省：医保是MSP（Medical Services Plan）。
        [ab] 艾伯塔省：医保是AHCIP（Alberta Health Care Insurance Plan）。
        [sk] 萨斯喀彻温省：医疗卡由eHealth Saskatchewan发放。
        [mb] 曼尼托巴省：医疗卡由Manitoba Health发放。
        [on] 安大略省：医保是OHIP，在ServiceOntario申请。
        [qc] 魁北克省：医保是RAMQ。
        [nb] 新不伦瑞克省：医保是Medicare。
        [ns] 新斯科舍省：医保是MSI。
        [pe] 爱德华王子岛：医疗卡由Health PEI发放。
        [nl] 纽芬兰与拉布拉多：医保是MCP。
        [yt] 育空：医保是Yukon Health Care Insurance Plan。
        [nt] 西北地区：医保是NWT Health Care Plan。
        [nu] 努纳武特：医保是Nunavut Health Care Plan。
       *[other] 每个省都有自己的医保。工作人员可以帮您找。
    }
choice-more = 了解更多
    .synonyms = 更多, 了解更多, more
topic-family-violence = 伴侣施暴与身份
    .synonyms = 伴侣, 丈夫, 妻子, 配偶, 担保人
topic-youth-health = 青少年医疗
    .synonyms = 青少年, 年轻人, 诊所, 避孕
topic-report-crime = 报案
    .synonyms = 犯罪, 报警, 被打, 袭击
topic-coerced-debt = 以您名义的债务
    .synonyms = 我的名字, 贷款, 信用, 诈骗, 账户
fv-what = 如果您在加拿大的身份取决于伤害您的伴侣，您可以得到帮助。虐待可以是身体伤害、性伤害、威胁、控制或拿走您的钱。
fv-trp = IRCC有一种特别的TRP（让您停留一段时间的文件），给在加拿大没有身份、永久居留原本取决于该伴侣的人。第一次免费。
fv-more = 有了它可以获得医疗，并可申请开放工作许可或学习许可。您在加拿大的孩子也可能获得。由官员决定。请先找法律诊所。
fv-other = 这不是给被迫工作或卖性的人的那种TRP。工作人员可以帮您看哪种适合。
youth-care = 您可以获得性健康、检测或避孕方面的医疗。有些诊所接待没有父母陪同、没有医疗卡的年轻人。拨打211可以找到。
youth-report = 如果您和支援人员交谈：当年轻人可能有危险时，他们可能必须上报。各省规定不同。
youth-private = 问问诊所哪些内容保密。Kids Help Phone免费、保密、24/7：拨打1-800-668-6868或发短信CONNECT到686868。
crime-choice = 如果有人袭击或伤害了您，是否报警由您决定。这里的帮助从不以此为条件。现在有危险？请拨打911。
crime-status = 如果没有身份，警察可能把您的资料交给移民部门。有些城市说警察不问身份，但各地不同。请先找法律诊所。
crime-centre = 性侵犯援助中心可以帮助您，即使您从不报警。拨打211查找，或拨打免费求助热线24/7：1-833-900-1010。
debt-what = 有人在您不自愿的情况下，用您的名义办了贷款、欠债、手机套餐或银行账户？这不是您的错。这可能是诈骗，您可以采取行动。
debt-steps = 向Equifax（1-800-465-7166）和TransUnion（1-800-663-9980）索取信用档案，并要求欺诈警示。可以报警，也可以联系加拿大反欺诈中心：1-888-495-8501。
debt-help = 法律诊所可以在您付钱之前帮您处理债务。是否报警由您决定。我们不能保证债务会消失。

## First contact, small talk, and the words of the channels themselves
## Prompts say nothing about numbers: channels that show choices as numbered lines (SMS, the
## linked WhatsApp device, the terminal) add choose-number themselves; buttons need no words.

# Added by channels that show choices as numbered lines (SMS, the linked WhatsApp device).
# @status draft
choose-number = 请回复数字。
# First contact in a language told from the first message: how to change it. LANGUAGE works in every language.
# @status draft
language-change = 要更换语言，请发送"语言"（或 LANGUAGE）。
# Small talk where a choice was expected: a short kind word, then the same choices again.
# @status draft
ack-thanks = 不客气。
ack-hello = 您好。
ack-ok = 好的。
# Someone coming back ("it's me again", "sorry"): no questions, no judgement.
# @status draft
welcome-back = 欢迎回来。这是菜单。您也可以和真人交谈。
# Before the menu, when a message asks for something Waypoint does not do.
# @status draft
menu-scope = 我们可以在这些方面帮助您。
# The button that opens a WhatsApp list. 20 characters at most.
# @status draft
whatsapp-list-button = 选项
# The web chat page's own words (buttons, labels, notices).
# @status draft
web-quick-exit = 快速离开
web-quick-exit-hint = 或按两次 Esc
web-exit-notice = 快速离开会删除 Waypoint 上的这段对话，并打开天气网页。浏览器的历史记录里可能仍会显示这次访问。无痕窗口留下的痕迹更少。
web-exit-notice-link = 如何清除上网痕迹（Tech Safety Canada）
web-choose-language = 请选择语言
web-or-write = 或者用任何语言写下您的消息。
web-chat-log = 对话
web-message-label = 您的消息
web-placeholder = 在这里输入
web-send = 发送
web-language = 语言
web-menu = 菜单
web-you = 您
web-error-retry = 消息没有发出去，请再试一次。
web-error-busy = 一次发送的消息太多。请等一分钟再试。
web-noscript = 此聊天需要 JavaScript。

## Passing the chat to another support worker, with the person's consent (src/engine/handoff.ts)

# The question: who the new worker is (by what they can do, never a name), that they will read the chat, then yes/no.
# @status draft
transfer-ask-language = 您的支援人员认为另一个人可以更好地帮助您：一位会说您语言的支援人员。 对方会看到您在这里写的内容，所以您不用再讲一遍您的经历。我们可以把您的对话转给对方吗？
transfer-ask-shelter = 您的支援人员认为另一个人可以更好地帮助您：一位可以帮您找到安全住处的支援人员。 对方会看到您在这里写的内容，所以您不用再讲一遍您的经历。我们可以把您的对话转给对方吗？
transfer-ask-legal = 您的支援人员认为另一个人可以更好地帮助您：一位免费法律诊所的支援人员。 对方会看到您在这里写的内容，所以您不用再讲一遍您的经历。我们可以把您的对话转给对方吗？
transfer-ask-health = 您的支援人员认为另一个人可以更好地帮助您：一位可以在医疗方面帮助您的支援人员。 对方会看到您在这里写的内容，所以您不用再讲一遍您的经历。我们可以把您的对话转给对方吗？
transfer-ask-other = 您的支援人员认为另一位支援人员可以更好地帮助您。 对方会看到您在这里写的内容，所以您不用再讲一遍您的经历。我们可以把您的对话转给对方吗？
transfer-yes = 谢谢。您的对话已经转过去了。新的支援人员会在这里给您写信息。
transfer-no = 好的。什么都不变。您继续和您的支援人员联系。
