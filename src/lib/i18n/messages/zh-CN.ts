// The source catalog: its keys are the app's message keys, and en.ts must match them exactly.
// Placeholders are written {name}; a message with plural forms is an object keyed by
// Intl.PluralRules categories (Chinese needs only `other`).
export default {
	'app.name': '暖新',
	'app.pageTitle': '{page} · 暖新',
	'a11y.skipToContent': '跳到主要内容',
	'common.working': '请稍候…',
	'common.retry': '重试',

	'locale.switchTo': 'English',
	'locale.switchLabel': '界面语言：',
	'theme.highContrast': '强光模式',

	'nav.label': '主导航',
	'nav.map': '地图',
	'nav.checklist': '开店',
	'nav.report': '反馈',
	'nav.events': '活动',
	'nav.me': '我的',

	'offline.title': '离线中',
	'offline.dataAge': '数据更新于 {age}',
	'offline.noData': '正在使用已保存的应用，部分内容可能不是最新。',

	'update.available': '新版本可用',
	'update.reload': '刷新',
	'update.later': '稍后',

	'error.notFound.title': '页面不存在',
	'error.notFound.body': '这个地址没有内容，可能是功能还没上线或链接有误。',
	'error.generic.title': '出错了',
	'error.generic.body': '页面没能打开，请稍后再试。',
	'error.backToMap': '回到地图',

	'block.name': '方松街道第三街区',

	'map.title': '找补给',
	'map.regionLabel': '{block}地图',
	'map.loading': '正在加载地图…',
	'map.failed': '地图没能加载，下面的列表仍可使用。',
	'map.retry': '重新加载地图',
	'map.zoomIn': '放大',
	'map.zoomOut': '缩小',
	'map.blockCentre': '街区中心：{block}',
	'map.tilesUnavailable': '底图暂时无法显示，地点位置仍然准确。',
	'map.attributionPrefix': '地图数据 ©',
	'map.attributionSuffix': '贡献者',

	'places.heading': '附近的补给点',
	'places.empty': '还没有补给点数据。',

	'me.title': '我的',
	'auth.connecting': '正在连接账号服务…',
	'auth.intro': '浏览地图不需要账号。反馈问题、报名活动需要登录，可以先匿名使用。',
	'auth.email': '邮箱',
	'auth.code': '6 位验证码',
	'auth.password': '密码',
	'auth.passwordHint': '至少 6 位',

	'auth.anon.heading': '匿名继续',
	'auth.anon.body': '不用填写任何信息，以后可以再绑定邮箱。',
	'auth.anon.button': '匿名继续',

	'auth.otp.heading': '邮箱验证码登录',
	'auth.otp.send': '发送验证码',
	'auth.otp.sent': '验证码已发送到 {email}，请查收邮件。',
	'auth.otp.verify': '验证并登录',
	'auth.otp.changeEmail': '换一个邮箱',

	'auth.password.heading': '邮箱和密码',
	'auth.password.signIn': '登录',
	'auth.password.signUp': '注册新账号',
	'auth.password.confirmSent': '确认邮件已发送到 {email}，确认后即可登录。',

	'account.heading': '当前账号',
	'account.kind': '类型',
	'account.anonymous': '匿名用户',
	'account.emailUser': '邮箱用户',
	'account.email': '邮箱',
	'account.id': '用户编号',
	'account.since': '创建于',
	'account.signOut': '退出登录',
	'account.anonSignOutWarning': '匿名账号退出后无法找回。先绑定邮箱可以保留你的记录。',

	'upgrade.heading': '绑定邮箱',
	'upgrade.body': '绑定后账号和记录保持不变，换手机也能登录。',
	'upgrade.send': '发送验证码',
	'upgrade.sent': '验证码已发送到 {email}。',
	'upgrade.verify': '确认绑定',
	'upgrade.done': '邮箱已绑定。',

	'auth.error.invalidCredentials': '邮箱或密码不正确。',
	'auth.error.codeInvalid': '验证码错误或已过期，请重新获取。',
	'auth.error.weakPassword': '密码太短，至少需要 6 位。',
	'auth.error.userExists': '这个邮箱已经注册，请直接登录。',
	'auth.error.emailTaken': '这个邮箱已被其他账号使用。',
	'auth.error.emailInvalid': '邮箱格式不正确。',
	'auth.error.emailNotConfirmed': '这个邮箱还没有验证。',
	'auth.error.rateLimited': '操作太频繁，请稍后再试。',
	'auth.error.network': '网络不可用，请联网后再试。',
	'auth.error.signupDisabled': '暂不开放注册。',
	'auth.error.anonymousDisabled': '暂不支持匿名登录。',
	'auth.error.sessionMissing': '登录已失效，请重新登录。',
	'auth.error.unknown': '出错了，请再试一次。（{code}）',

	'time.justNow': '刚刚',
	'time.minutesAgo': { other: '{count} 分钟前' },
	'time.hoursAgo': { other: '{count} 小时前' },
	'time.daysAgo': { other: '{count} 天前' },
	'unit.metres': '{n} 米',
	'unit.kilometres': '{n} 公里'
} as const;
