/**
 * Common names that faker's Latin-script data lacks: its Chinese, Japanese and Korean
 * locales are written in native script, it has no East African or Arabic-romanised locale,
 * and its Irish, Nigerian, Southern African and Indian coverage is thin. Each list holds frequent names from public frequency tables, not names seen in
 * any test corpus. Space-separated to keep the file short; split once when the lexicon loads.
 */
export const GIVEN_NAMES_FAKER_LACKS: readonly string[] = [
  // Chinese (pinyin, including common two-syllable given names)
  "Wei Fang Jing Qiang Lei Jun Yong Juan Tao Ming Chao Xiuying Xia Ping Gang Hua Hui Ling",
  "Mei Xin Yun Zhen Zhi Hao Bin Kai Qing Rui Shu Ting Wen Xiao Xue Ying Zhong Haoran",
  "Yuxuan Zihan Zixuan Yichen Haoyu Xinyi Yutong Jiahao Junjie Zhiwei Xiaoming Xiaoling",
  "Yuting Shufen Meiling Jianguo Jianhua Guoqiang Dongmei Hongmei Lihua Guiying Xiuzhen",
  "Yuying Guilan Ruoxi Yiming Zhiyuan Mingyu Siyu Jiayi Yuhan Ziyi Xiuli Xiuzhi Jianping",
  "Shuang Qian Ying Yanmei Jiawei Zhihao Yixuan Muchen Zhaoyang Xiaohong Xiaoyan Meilin",
  // Japanese
  "Haruto Yuto Sota Yuki Hayato Haruki Ryusei Koki Sora Sosuke Riku Takumi Ren Kaito",
  "Daiki Kenta Ryota Shota Takeshi Hiroshi Takashi Satoshi Kenji Kazuki Yusuke Daisuke",
  "Tatsuya Naoki Akira Hiroki Kenichi Makoto Minoru Osamu Tetsuya Hinata Hina Yui Aoi",
  "Sakura Rin Yuna Mio Akari Emi Yoko Akiko Keiko Yumiko Kumiko Naoko Tomoko Michiko",
  "Hiroko Sachiko Mayumi Ayumi Haruka Misaki Nanami Kaori Megumi Yuka Natsuki Chihiro",
  "Asuka Noriko Junko Kyoko Reiko Eri Saki Miyu Riko Momoka Shinji Kazuo Masato Yuta",
  // Korean (unhyphenated spellings; hyphenated ones are recognised by shape)
  "Minjun Seojun Doyun Jiho Jiwoo Siwoo Junseo Hyunwoo Seoyeon Seoyun Jiwon Minseo Hayoon",
  "Jiyoung Minji Soojin Eunji Yuna Jisoo Jihoon Jimin Sungmin Youngho Jaehyun Dongwook",
  // Arabic and South Asian Muslim
  "Ayesha Aisha Hussein Husain Hassan Hasan Saleh Salih Nasser Nasir Tariq Bilal Faisal",
  "Hamza Zainab Maryam Mariam Samira Layla Leila Noor Nour Amina Aminah Farah Hiba Rania",
  "Yasmin Yasmeen Huda Khadija Safiya Ruqayya Sumaya Anwar Imran Usman Uthman Zubair",
  "Idris Ismail Jamil Rashid Rashad Said Sami Walid Waleed Ziad Ayman Adnan Hani Tarek",
  // East African (Amharic, Tigrinya, Somali, Swahili, Kikuyu, Luo)
  "Tesfaye Abebe Alemu Girma Haile Mekdes Selam Tigist Hiwot Meron Bethlehem Dawit",
  "Yohannes Tadesse Kebede Bekele Hodan Fadumo Hamdi Abdi Abdirahman Mohamud Farhan",
  "Wanjiru Njeri Wambui Achieng Akinyi Atieno Otieno Odhiambo Kiprop Kipchoge Baraka",
  "Neema Zawadi Amani Juma Imani Rehema Halima Mwajuma",
  // Irish (Gaelic spellings, with and without fadas)
  "Aoife Siobhan Siobhán Niamh Oisin Oisín Saoirse Cian Ciarán Ciaran Padraig Pádraig Eoin",
  "Sinead Sinéad Aisling Caoimhe Orla Róisín Roisin Clodagh Grainne Gráinne Deirdre Eimear",
  "Sorcha Darragh Cathal Colm Donal Dónal Eamon Eamonn Éamon Tadhg Diarmuid Séamus Niall Cormac",
  // Nigerian (Igbo, Yoruba)
  "Chidi Chukwuemeka Obinna Uchenna Ifeanyi Adaeze Folake Oluwatobi Chinonso Chisom Kelechi",
  "Nkechi Amarachi Ebuka Tobenna Adaora Tunde Bukola Damilola Oluwaseyi Titilayo Abiodun",
  // Southern African (Zulu, Xhosa, Sotho, Tswana)
  "Thandiwe Sipho Thabo Nomvula Lerato Bongani Zanele Mpho Ayanda Lindiwe Nkosinathi Sibusiso",
  "Thulani Nokuthula Palesa Tshepo Kagiso Lwazi Siyabonga Nandi Buhle Zodwa Mandla Themba",
  // Indian (Hindi, Tamil, Telugu, Bengali, Marathi)
  "Priyanka Ananya Vikram Sneha Kavya Rajesh Venkatesh Srinivas Harish Pradeep Sunil Deepak",
  "Sumit Nikhil Abhishek Akshay Aishwarya Swati Shweta Nandini Meera Lakshmanan Aravind",
  "Karthikeyan Saranya Bhavana Harini Keerthana Sowmya Anusha Ramya Sushma Arjun Varun",
];

/** Surnames (see `GIVEN_NAMES_FAKER_LACKS` for the sources). */
export const SURNAMES_FAKER_LACKS: readonly string[] = [
  // Chinese (Mandarin pinyin, Cantonese and Hokkien spellings)
  "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo",
  "Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu",
  "Jiang Cai Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Cui Zhong Tan Fan Jin Shi Liao Jia",
  "Xia Fu Fang Bai Zou Meng Xiong Qin Qiu Yin Xue Yan Duan Lei Hou Long Gu Mao Hao Gong",
  "Shao Wan Qian Dai Mo Kong Xiang Chan Wong Leung Cheung Lau Ho Ng Chow Tsang Yip Kwok",
  "Lam Chu Tse Fung Lee Lim Tan Goh Ong Teo Koh Chua Hsu Chang Tsai Yeh Kuo Hsieh Hung",
  "Chiu Tseng Lai Hsiao Chou Kao Guan Zhan Ou Qi Bao",
  // Japanese
  "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida",
  "Yamada Sasaki Yamaguchi Saito Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori",
  "Abe Ikeda Hashimoto Yamashita Ishikawa Nakajima Maeda Fujita Ogawa Goto Okada",
  "Hasegawa Murakami Kondo Ishii Sakamoto Endo Aoki Fujii Nishimura Fukuda Ota Miura",
  "Fujiwara Okamoto Matsuda Nakagawa Nakano Harada Ono Tamura Takeuchi Kaneko Wada",
  "Nakayama Ishida Ueda Morita Hara Shibata Sakai Kudo Yokoyama Miyazaki Miyamoto",
  "Uchida Takagi Ando Taniguchi Ohno Maruyama Imai Takada Fujimoto Takeda Murata Ueno",
  "Sugiyama Masuda Sugawara Hirano Otsuka Chiba Kubo Matsui Iwasaki Sakurai Kinoshita",
  "Noguchi Matsuo Nomura Kikuchi Sano Onishi Sugimoto Arai Yamaguchi Hamada Kojima",
  // Korean
  "Kim Park Choi Jung Jeong Kang Cho Jo Yoon Yun Jang Lim Im Oh Seo Shin Kwon Hwang Ahn",
  "Yoo Hong Jeon Ko Moon Mun Son Bae Baek Heo Nam Noh Roh Kwak Sung Seong Cha Joo Ryu",
  "Jin Eom Chae Won Cheon Bang Gong Hyun Byun Yeo Pyo",
  // Arabic and South Asian Muslim
  "Hussain Hussein Haddad Khoury Saleh Hamdan Jaber Suleiman Sulaiman Siddiqui Qureshi",
  "Sheikh Shaikh Chaudhry Chaudhary Hashmi Rizvi Naqvi Zaidi Ansari Farooqui Abbasi",
  "Bukhari Nasser Nassar Mansour Khalil Darwish Haddad Aziz Rashid Hakim Karimi Hosseini",
  "Rahimi Mahmoud Abdullah Awad Barakat Bishara Ghanem Habib Issa Nasr Sabbagh Tamimi",
  // East African
  "Bekele Tadesse Kebede Alemu Girma Haile Tesfaye Desta Wolde Mengistu Abebe Gebre",
  "Omondi Otieno Odhiambo Ochieng Onyango Mwangi Kamau Njoroge Kariuki Wanjiku Kimani",
  "Mutua Wafula Kiprono Cheruiyot Rotich Mohamud Farah Warsame Jama Osman Hassan Nur",
  // Irish (Gaelic and anglicised)
  "Gallagher Byrne Súilleabháin Briain Ceallaigh Conaill Murchú Donnchadha Mhurchú Dálaigh",
  // Nigerian (Igbo, Yoruba)
  "Okafor Okeke Adeyemi Nwosu Eze Obi Ogunleye Okoro Nwankwo Onyekachi Uzoma Okwu Ezeh",
  "Olawale Oyewole Adewale Ogunbiyi Akinola Ogundipe Oyelaran Fashola Adekunle Olatunji",
  // Southern African
  "Dlamini Nkosi Ndlovu Khumalo Mokoena Mahlangu Mthembu Zulu Ngcobo Buthelezi Molefe",
  // Indian
  "Rao Mehta Kulkarni Chatterjee Mukherjee Natarajan Subramanian Krishnan Iyengar",
  "Venkataraman Ramaswamy Srinivasan Balasubramanian Chakraborty Bhattacharjee Deshmukh",
  "Pandey Tiwari Srivastava Saxena Bhatt Trivedi Chopra Kapoor Malhotra Khanna Sinha",
];
